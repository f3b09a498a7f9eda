import { useStore } from 'zustand';
import type { Line } from '../../../../shared/cart/cart';
import { moveLine, tillMode, TILL_MODES } from '../../../../shared/pos/till-mode';
import { linePriceOf } from '../../../../shared/pricing/line-price-of';
import { QtyStepper } from '../../components/QtyStepper';
import { UnitPriceText } from '../../components/UnitPriceText';
import { useCatalogue } from '../../stores/use-catalogue';
import { useNames } from '../../components/timeline/use-names';
import { useT } from '../../i18n/use-t';
import { formatPrice } from '../../i18n/format';
import { tillStore } from './till-store';
import { shelfStore } from './shelf-store';

const MODE_KEYS = { take_now: 'pos.modeTakeNow', pickup_here: 'pos.modePickupHere', ship: 'pos.modeShip' } as const;

/** One line at the till: quantity, and how it leaves the store (take now, pick up here later, ship home). */
export function TillLine({ line, storeId }: { line: Line; storeId: string }) {
  const { t, locale } = useT();
  const names = useNames();
  const busy = useStore(tillStore, (s) => s.busy);
  const onShelf = useStore(shelfStore, (s) => s.rows[line.productId]?.available);
  const variant = useCatalogue((s) => s.products[line.productId]?.variants.find((v) => v.id === line.variantId));
  const mode = tillMode(line.fulfilment, storeId);
  const name = names.product(line.productId);
  const price = linePriceOf(line);
  const send = tillStore.getState().send;
  return (
    <li className="till-line" data-testid="till-line" data-product={line.productId} data-mode={mode} data-qty={line.qty}>
      <div className="till-line__what">
        <p className="till-line__name">{name}</p>
        <p className="small muted">
          <UnitPriceText unit={price.unit} was={price.was} locale={locale} wasLabel={(was) => t('product.was', { price: was })} />
          {variant ? ` · ${variant.name[locale]}` : ''}
          {onShelf !== undefined ? ` · ${t('pos.onShelf', { n: onShelf })}` : ''}
        </p>
        {line.priceChange && !line.unavailable && (
          <p className="notice small" data-testid="till-line-price-changed">
            {t('cart.priceChanged', { from: formatPrice(line.priceChange.from, locale), to: formatPrice(line.priceChange.to, locale) })}{' '}
            <button type="button" className="btn btn--small btn--ghost" disabled={busy} onClick={() => void send([{ type: 'acceptPrices', lineIds: [line.id] }])}>
              {t('cart.acceptPrice')}
            </button>
          </p>
        )}
        {line.unavailable && (
          <p className="notice notice--error small" data-testid="till-line-unavailable">
            {t('cart.unavailable')}
          </p>
        )}
      </div>
      <QtyStepper
        value={line.qty}
        min={0}
        label={t('cart.qty', { name })}
        disabled={busy}
        onChange={(qty) => void send([{ type: 'setQty', lineId: line.id, qty }])}
        testId="till-line-qty"
      />
      <div className="segmented" role="radiogroup" aria-label={t('pos.lineMode', { name })}>
        {TILL_MODES.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            disabled={busy}
            data-mode={m}
            onClick={() => {
              const c = moveLine(line, m, storeId);
              if (c) void send([c]);
            }}
          >
            {t(MODE_KEYS[m])}
          </button>
        ))}
        {mode === 'pickup_elsewhere' && line.fulfilment.type === 'pickup' && (
          <span className="segmented__note">{t('pos.modeElsewhere', { store: names.store(line.fulfilment.locationId) })}</span>
        )}
      </div>
      <p className="till-line__sum">{formatPrice(price.total, locale)}</p>
    </li>
  );
}
