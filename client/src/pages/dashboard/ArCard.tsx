import type { Dashboard } from '../../../../shared/dashboard/build-dashboard';
import { useT } from '../../i18n/use-t';
import { useNames } from '../../components/timeline/use-names';
import { Bars } from './Chart';
import { useDashFormat } from './use-dash-format';

/** AR views that led to an add-to-cart (any channel, within a week), overall and for the most viewed products. */
export function ArCard({ dashboard: data }: { dashboard: Dashboard }) {
  const { t } = useT();
  const names = useNames();
  const { pct } = useDashFormat(data.currency);
  return (
    <section className="dash-card">
      <h2>{t('dash.ar')}</h2>
      <p className="dash-figure" data-testid="dash-ar">
        {t('dash.arSummary', { led: data.ar.viewsLeadingToAdd, views: data.ar.views, rate: pct(data.ar.rate) })}
      </p>
      {data.ar.products.length > 0 ? (
        <Bars
          label={t('dash.ar')}
          horizontal
          height={Math.max(140, 34 * Math.min(6, data.ar.products.length) + 40)}
          labels={data.ar.products.slice(0, 6).map((p) => names.product(p.productId))}
          series={[
            { name: t('dash.arViews'), values: data.ar.products.slice(0, 6).map((p) => p.views) },
            { name: t('dash.arLed'), values: data.ar.products.slice(0, 6).map((p) => p.viewsLeadingToAdd) },
          ]}
        />
      ) : (
        <p className="muted">{t('dash.noData')}</p>
      )}
    </section>
  );
}
