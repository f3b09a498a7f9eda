import type { Dashboard } from '../../../../shared/dashboard/build-dashboard';
import { useT } from '../../i18n/use-t';
import { Bars } from './Chart';
import { useDashFormat } from './use-dash-format';

/** Sales assisted by each advisor (suggested lines, or help taken the day before the order). */
export function AdvisorsCard({ dashboard: data }: { dashboard: Dashboard }) {
  const { t } = useT();
  const { eur } = useDashFormat(data.currency);
  return (
    <section className="dash-card">
      <h2>{t('dash.advisors')}</h2>
      {data.advisors.length > 0 ? (
        <>
          {data.advisors.some((a) => a.assistedRevenue > 0) && (
            <Bars
              label={t('dash.advisors')}
              horizontal
              height={Math.max(120, 40 * data.advisors.length + 40)}
              labels={data.advisors.map((a) => a.name ?? a.advisorId)}
              series={[{ name: t('dash.revenue'), values: data.advisors.map((a) => a.assistedRevenue / 100) }]}
              format={(n) => eur(n * 100)}
            />
          )}
          <div className="dash-table-scroll" tabIndex={0} role="region" aria-label={t('dash.advisors')}>
          <table className="dash-table">
            <thead>
              <tr>
                <th scope="col">{t('dash.advisor')}</th>
                <th scope="col">{t('dash.sessions')}</th>
                <th scope="col">{t('dash.assisted')}</th>
                <th scope="col">{t('dash.revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {data.advisors.map((a) => (
                <tr key={a.advisorId}>
                  <th scope="row">{a.name ?? a.advisorId}</th>
                  <td>{a.sessions}</td>
                  <td>{a.assistedOrders}</td>
                  <td>{eur(a.assistedRevenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      ) : (
        <p className="muted">{t('dash.noData')}</p>
      )}
    </section>
  );
}
