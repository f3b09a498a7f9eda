import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import { fulfilmentKey } from '../../../../shared/cart/fulfilment-key';
import { FEW_LEFT, shortStoreName, type StockSummary } from '../../catalogue/stock-summary';
import { useT } from '../../i18n/use-t';

/** Home delivery (stock of the warehouses) or pickup at a store, each with its stock. */
export function FulfilmentPicker({ summary, value, onChange }: { summary: StockSummary | null; value: Fulfilment; onChange(f: Fulfilment): void }) {
  const { t } = useT();
  const key = fulfilmentKey(value);
  return (
    <fieldset className="fulfilment">
      <legend>{t('product.fulfilment')}</legend>
      <label className="option">
        <input type="radio" name="fulfilment" checked={key === 'ship'} onChange={() => onChange({ type: 'ship' })} data-testid="fulfilment-ship" />
        <span className="option__main">{t('product.ship')}</span>
        <span className="option__stock">{summary ? (summary.shippable ? t('stock.ship', { n: summary.shippable }) : t('stock.shipOut')) : ''}</span>
      </label>
      {summary?.stores.map((s) => {
        const f: Fulfilment = { type: 'pickup', locationId: s.location.id };
        const store = shortStoreName(s.location);
        return (
          <label key={s.location.id} className={s.available ? 'option' : 'option option--out'}>
            <input
              type="radio"
              name="fulfilment"
              checked={key === fulfilmentKey(f)}
              disabled={!s.available}
              onChange={() => onChange(f)}
              data-testid={`fulfilment-${s.location.id}`}
            />
            <span className="option__main">{t('product.pickupAt', { store })}</span>
            <span className="option__stock">
              {s.available ? (
                <>
                  {t(s.available <= FEW_LEFT ? 'stock.fewAt' : 'stock.inStockAt', { n: s.available, store })} · <span className="stock__today">{t('stock.pickupToday')}</span>
                </>
              ) : (
                t('stock.outAt', { store })
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
