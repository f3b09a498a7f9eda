import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { formatPrice } from '../../i18n/format';
import { sumMoney } from '../../../../shared/money-math';
import { MAX_SET, type ChosenProduct, type PromotionFieldError } from './promotion-form';
import { promotionsStore } from './promotions-store';

const SEARCH_DELAY_MS = 250;

/**
 * The products of a set, found by name in the catalogue (drafts included) and listed by name with
 * their price: nobody types an id. A product the server does not know is marked in the list.
 */
export function SetProductsPicker({ chosen, onChosen, errors }: { chosen: ChosenProduct[]; onChosen(p: ChosenProduct[]): void; errors: Record<string, PromotionFieldError> }) {
  const { t, locale } = useT();
  const id = useId();
  const [q, setQ] = useState('');
  const matches = useStore(promotionsStore, (s) => s.matches);
  const searching = useStore(promotionsStore, (s) => s.searching);
  useEffect(() => {
    const timer = setTimeout(() => void promotionsStore.getState().search(q), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q]);
  const error = errors.productIds ? t(`promo.err.${errors.productIds}` as MessageKey) : undefined;
  const full = chosen.length >= MAX_SET;
  const offered = matches.filter((m) => !chosen.some((c) => c.id === m.id));

  return (
    <fieldset className={`promo-set${error ? ' field--error' : ''}`} aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`} data-testid="promo-set">
      <legend>{t('promo.products')}</legend>
      <p className="small muted" id={`${id}-help`}>
        {t('promo.productsHelp')}
      </p>
      <h3 className="promo-set__title">{t('promo.chosen')}</h3>
      {chosen.length === 0 ? (
        <p className="muted small">{t('promo.noneChosen')}</p>
      ) : (
        <ul className="promo-set__list" data-testid="promo-chosen">
          {chosen.map((c) => (
            <li key={c.id} className={errors[`product:${c.id}`] ? 'promo-set__gone' : undefined}>
              <span>
                {c.name[locale]} <span className="muted">· {formatPrice(c.price, locale)}</span>
              </span>
              <button type="button" className="btn btn--small btn--ghost" aria-label={t('promo.removeNamed', { name: c.name[locale] })} onClick={() => onChosen(chosen.filter((x) => x.id !== c.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 1 && <p className="small">{t('promo.separately', { price: formatPrice(sumMoney(chosen.map((c) => c.price)), locale) })}</p>}
      {error && (
        <p className="error-text field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('promo.search')}</label>
        <input id={`${id}-q`} type="search" autoComplete="off" value={q} disabled={full} onChange={(e) => setQ(e.target.value)} data-testid="promo-search" />
      </div>
      {q.trim() && !full && (
        <div aria-live="polite">
          {searching && offered.length === 0 ? (
            <p className="muted small">{t('promo.searching')}</p>
          ) : offered.length === 0 ? (
            <p className="muted small">{t('promo.noMatch')}</p>
          ) : (
            <ul className="promo-set__list" data-testid="promo-matches">
              {offered.map((m) => (
                <li key={m.id}>
                  <span>
                    {m.name[locale]} <span className="muted">· {formatPrice(m.price, locale)}</span>
                  </span>
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={t('promo.addNamed', { name: m.name[locale] })}
                    onClick={() => onChosen([...chosen, { id: m.id, name: m.name, price: m.price }])}
                  >
                    +
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
