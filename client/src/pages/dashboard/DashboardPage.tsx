import '../../i18n/staff-text';
import { useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../stores/use-session';
import { useT } from '../../i18n/use-t';
import { formatTime } from '../../i18n/format';
import { StaffBar } from '../../app/staff/StaffBar';
import { StaffGate } from '../../app/staff/StaffGate';
import { useDashboard } from './use-dashboard';
import { Bars } from './Chart';
import { useDashFormat } from './use-dash-format';
import { StoresCard } from './StoresCard';
import { ArCard } from './ArCard';
import { AdvisorsCard } from './AdvisorsCard';
import './dashboard.css';

const PERIODS = [7, 14, 30] as const;

/**
 * `/dashboard`, for admins: carts, orders and conversion per channel, orders per day, each store's
 * till and pickup desk, AR views that led to an add-to-cart, and advisors' assisted sales. The figures
 * are computed by the pure functions of shared/dashboard on the server and refreshed every 15 s.
 */
export function DashboardPage() {
  const { t, locale } = useT();
  const user = useSession((s) => s.user);
  const [days, setDays] = useState<number>(14);
  const admin = user?.role === 'admin';
  const { data, error, at } = useDashboard(days, admin);
  const { eur } = useDashFormat(data?.currency ?? 'EUR');

  if (!admin) {
    return (
      <StaffGate title={t('dash.title')} hint="dash.adminOnly">
        {user && !user.guest && <p className="notice" role="alert">{t('dash.notAdmin')}</p>}
      </StaffGate>
    );
  }

  // Short names under the bars (the full ones do not fit six to a chart on a phone).
  // The server lists every channel, in its order (channel.ts stays out of the page: it loads zod).
  const channels = data?.channels.map((c) => c.channel) ?? [];
  const channelLabels = channels.map((c) => t(`channelShort.${c}`));

  return (
    <div className="staff" data-testid="dashboard">
      <StaffBar
        brand={
          <>
            <Link href="/">Vitrine</Link> · {t('dash.title')}
          </>
        }
      >
        <div className="dash-bar__periods" role="group" aria-label={t('dash.title')}>
          {PERIODS.map((d) => (
            <button key={d} type="button" aria-pressed={days === d} onClick={() => setDays(d)}>
              {t('dash.days', { n: d })}
            </button>
          ))}
        </div>
      </StaffBar>
      <main id="main" className="dash-main">
        {error && <p className="notice notice--error">{error}</p>}
        {!data && !error && <p className="muted">{t('app.loading')}</p>}
        {data && (
          <>
            <p className="muted small" role="status" data-testid="dash-refreshed">
              {at ? t('dash.refreshed', { time: formatTime(at, locale) }) : ''}
            </p>
            <section className="dash-kpis" aria-label={t('dash.title')}>
              {([
                ['dash.orders', String(data.totals.orders)],
                ['dash.revenue', eur(data.totals.revenue)],
                ['dash.carts', String(data.totals.carts)],
                ['dash.customers', String(data.totals.customers)],
                ['dash.pickupsWaiting', String(data.stores.reduce((n, s) => n + s.pickupsToPrepare + s.pickupsReady, 0))],
              ] as const).map(([k, v]) => (
                <div key={k} className="kpi" data-testid={`kpi-${k.slice(5)}`}>
                  <p className="kpi__label">{t(k as 'dash.orders')}</p>
                  <p className="kpi__value">{v}</p>
                </div>
              ))}
            </section>

            <div className="dash-grid">
              <section className="dash-card">
                <h2>{t('dash.cartsOrders')}</h2>
                <Bars
                  label={t('dash.cartsOrders')}
                  labels={channelLabels}
                  series={[
                    { name: t('dash.carts'), values: data.channels.map((c) => c.carts) },
                    { name: t('dash.orders'), values: data.channels.map((c) => c.orders) },
                  ]}
                />
              </section>
              <section className="dash-card">
                <h2>{t('dash.conversion')}</h2>
                <Bars
                  label={t('dash.conversion')}
                  labels={channelLabels}
                  series={[{ name: t('dash.conversion'), values: data.channels.map((c) => Math.round(c.conversion * 100)) }]}
                  format={(n) => `${n} %`}
                />
                <p className="small muted">{t('dash.conversionHelp')}</p>
              </section>
              <section className="dash-card dash-card--wide">
                <h2>{t('dash.daily')}</h2>
                <Bars
                  label={t('dash.daily')}
                  stacked
                  labels={data.daily.map((d) => d.day.slice(5).split('-').reverse().join('/'))}
                  series={channels.map((c) => ({ name: t(`channelShort.${c}`), values: data.daily.map((d) => d.byChannel[c]) }))}
                />
              </section>
              <StoresCard dashboard={data} />
              <ArCard dashboard={data} />
              <AdvisorsCard dashboard={data} />
              <section className="dash-card" data-testid="dash-recent">
                <h2>{t('dash.recent')}</h2>
                <ul className="plain dash-recent">
                  {data.recent.map((o) => (
                    <li key={o.number} data-testid="dash-recent-order">
                      <strong>{o.number}</strong> · {eur(o.total)} · {t(`channel.${o.channel}`)} · {t(`status.${o.status}`)}
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
