import type { StockSummary } from '../catalogue/stock-summary';
import { FEW_LEFT, shortStoreName } from '../catalogue/stock-summary';
import { useT } from '../i18n/use-t';

/** "3 left at Lyon Part-Dieu · Pick up today", or where it is sold out; null while unknown. */
export function StockLine({ summary }: { summary: StockSummary | null }) {
  const { t } = useT();
  if (!summary) return <p className="stock stock--unknown" aria-hidden="true">&nbsp;</p>;
  const f = summary.focus;
  if (!f) {
    return (
      <p className="stock">
        <span className={summary.shippable ? 'stock__dot stock__dot--ok' : 'stock__dot stock__dot--out'} aria-hidden="true" />
        {summary.shippable ? t('stock.ship', { n: summary.shippable }) : t('stock.shipOut')}
      </p>
    );
  }
  const store = shortStoreName(f.location);
  if (f.available <= 0) {
    return (
      <p className="stock">
        <span className="stock__dot stock__dot--out" aria-hidden="true" />
        {t('stock.outAt', { store })}
      </p>
    );
  }
  return (
    <p className="stock" data-testid="stock-line">
      <span className={f.available <= FEW_LEFT ? 'stock__dot stock__dot--few' : 'stock__dot stock__dot--ok'} aria-hidden="true" />
      <span>
        {t(f.available <= FEW_LEFT ? 'stock.fewAt' : 'stock.inStockAt', { n: f.available, store })}
        <span className="stock__today"> · {t('stock.pickupToday')}</span>
      </span>
    </p>
  );
}
