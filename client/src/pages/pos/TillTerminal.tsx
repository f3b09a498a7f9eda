import { useState } from 'react';
import { useStore } from 'zustand';
import type { Money } from '../../../../shared/money';
import { TEST_CARDS } from '../../../../shared/pos/payment-terminal';
import { useT } from '../../i18n/use-t';
import { formatPrice } from '../../i18n/format';
import { tillStore } from './till-store';

const CARDS = [
  { number: TEST_CARDS.approved, key: 'pos.cardApproved' },
  { number: TEST_CARDS.declined, key: 'pos.cardDeclined' },
  { number: TEST_CARDS.insufficientFunds, key: 'pos.cardFunds' },
] as const;

/** The (simulated) payment terminal: the customer's card, the amount on screen, approved or declined. */
export function TillTerminal({ total, disabled }: { total: Money; disabled: boolean }) {
  const { t, locale } = useT();
  const paying = useStore(tillStore, (s) => s.paying);
  const [card, setCard] = useState<string>(TEST_CARDS.approved);
  return (
    <fieldset className="terminal" data-testid="terminal">
      <legend>{t('pos.terminal')}</legend>
      {CARDS.map((c) => (
        <label key={c.number} className="terminal__card">
          <input type="radio" name="till-card" value={c.number} checked={card === c.number} onChange={() => setCard(c.number)} />
          {t(c.key)}
        </label>
      ))}
      <button
        type="button"
        className="btn btn--accent terminal__pay"
        disabled={disabled || paying}
        onClick={() => void tillStore.getState().pay(card)}
        data-testid="till-pay"
      >
        {paying ? t('pos.paying') : t('pos.pay', { amount: formatPrice(total, locale) })}
      </button>
    </fieldset>
  );
}
