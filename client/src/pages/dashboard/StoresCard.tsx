import type { Dashboard } from '../../../../shared/dashboard/build-dashboard';
import { useT } from '../../i18n/use-t';
import { useNames } from '../../components/timeline/use-names';
import { Bars } from './Chart';
import { useDashFormat } from './use-dash-format';

/** Each store: till sales, click-and-collect orders, pickups to prepare and ready, as a chart and a table. */
export function StoresCard({ dashboard: data }: { dashboard: Dashboard }) {
  const { t } = useT();
  const names = useNames();
  const { eur } = useDashFormat(data.currency);
  return (
    <section className="dash-card dash-card--wide">
      <h2>{t('dash.stores')}</h2>
      <Bars
        label={t('dash.stores')}
        labels={data.stores.map((s) => names.store(s.storeId))}
        series={[
          { name: t('dash.tillSales'), values: data.stores.map((s) => s.tillOrders) },
          { name: t('dash.clickCollect'), values: data.stores.map((s) => s.clickAndCollect) },
          { name: t('dash.toPrepare'), values: data.stores.map((s) => s.pickupsToPrepare) },
          { name: t('dash.ready'), values: data.stores.map((s) => s.pickupsReady) },
        ]}
      />
      {/* A scrolled table is reached by the keyboard too. */}
      <div className="dash-table-scroll" tabIndex={0} role="region" aria-label={t('dash.stores')}>
      <table className="dash-table" data-testid="dash-stores">
        <thead>
          <tr>
            <th scope="col">{t('dash.store')}</th>
            <th scope="col">{t('dash.tillSales')}</th>
            <th scope="col">{t('dash.clickCollect')}</th>
            <th scope="col">{t('dash.toPrepare')}</th>
            <th scope="col">{t('dash.ready')}</th>
          </tr>
        </thead>
        <tbody>
          {data.stores.map((s) => (
            <tr key={s.storeId} data-store={s.storeId}>
              <th scope="row">{names.store(s.storeId)}</th>
              <td>
                {s.tillOrders} · {eur(s.tillRevenue)}
              </td>
              <td>{s.clickAndCollect}</td>
              <td>{s.pickupsToPrepare}</td>
              <td data-testid="dash-ready">{s.pickupsReady}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
