import { useEffect, useState } from 'react';
import type { TimelineEvent } from '../../../shared/timeline/timeline-event';
import { apiRequest } from '../api/api-client';
import { useT } from '../i18n/use-t';
import { formatDate, formatPrice, formatTime } from '../i18n/format';
import { describeEvent } from './timeline/describe-event';
import { Icon, type IconName } from './timeline/Icon';
import { useNames } from './timeline/use-names';
import './timeline/customer-timeline.css';

export interface CustomerTimelineProps {
  /** Whose timeline: a customer id (staff serving them: till, advisor console); omitted, the signed-in customer's own. */
  customerId?: string;
  /** Already loaded events instead of fetching (tests, previews). */
  events?: readonly TimelineEvent[];
  /** Re-reads the timeline this often; 0 to read once. */
  refreshMs?: number;
  /** How many of the latest events to show before "show more". */
  limit?: number;
  /** Heading level text; defaults to "Your journey" or "Customer journey". */
  title?: string;
  /** Re-read at once when this changes (e.g. the cart version or the orders on screen), besides the periodic refresh. */
  refreshKey?: string | number;
}

const CHANNEL_ICONS: Record<TimelineEvent['channel'], IconName> = { web: 'web', app: 'app', ar: 'ar', vr: 'vr', store: 'store', advisor: 'advisor' };

/**
 * One customer's journey across every channel (web, app, AR, VR, shops, advisors), newest first,
 * readable in French and English. Reused by the account page, the till and the advisor console.
 *
 * @example <CustomerTimeline customerId={cart.customerId} refreshMs={5000} />
 */
export function CustomerTimeline({ customerId, events, refreshMs = 10_000, limit = 12, title, refreshKey }: CustomerTimelineProps) {
  const { t, tn, locale } = useT();
  const names = useNames();
  const [loaded, setLoaded] = useState<readonly TimelineEvent[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(limit);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is a trigger: a new key (a cart or order change elsewhere) reads the timeline again.
  useEffect(() => {
    if (events) return;
    let alive = true;
    const path = customerId ? `/customers/${encodeURIComponent(customerId)}/timeline` : '/customers/me/timeline';
    const read = () =>
      apiRequest<{ items: TimelineEvent[] }>(path)
        .then((r) => {
          if (!alive) return;
          setLoaded(r.items);
          setFailed(false);
        })
        .catch(() => alive && setFailed(true));
    void read();
    const timer = refreshMs > 0 ? setInterval(read, refreshMs) : undefined;
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [customerId, events, refreshMs, refreshKey]);

  const items = [...(events ?? loaded ?? [])].reverse();
  const ctx = { t, tn, product: names.product, store: names.store, money: (m: Parameters<typeof formatPrice>[0]) => formatPrice(m, locale) };
  let lastDay = '';

  return (
    <section className="timeline" aria-label={title ?? t(customerId ? 'timeline.titleStaff' : 'timeline.title')} data-testid="customer-timeline">
      <h2 className="timeline__title">{title ?? t(customerId ? 'timeline.titleStaff' : 'timeline.title')}</h2>
      {!customerId && <p className="muted small">{t('timeline.help')}</p>}
      {failed && !items.length && <p className="error-text">{t('app.error')}</p>}
      {!failed && !events && !loaded && <p className="muted">{t('app.loading')}</p>}
      {(events || loaded) && !items.length && <p className="muted">{t('timeline.empty')}</p>}
      <ol className="plain timeline__list">
        {items.slice(0, shown).map((e, i) => {
          const d = describeEvent(e, ctx);
          const day = formatDate(e.at, locale);
          const head = day !== lastDay;
          lastDay = day;
          return (
            <li key={`${e.at}-${i}`} className={`timeline__item timeline__item--${d.tone}`} data-type={e.type} data-channel={e.channel}>
              {head && <p className="timeline__day">{day}</p>}
              <div className="timeline__row">
                <span className="timeline__icon">
                  <Icon name={d.icon} />
                </span>
                <div className="timeline__body">
                  <p className="timeline__text">{d.title}</p>
                  {d.details.length > 0 && <p className="timeline__details">{d.details.join(' · ')}</p>}
                </div>
                <div className="timeline__meta">
                  <span className={`channel-tag channel-tag--${e.channel}`}>
                    <Icon name={CHANNEL_ICONS[e.channel] ?? 'dot'} size={14} />
                    {t(`channel.${e.channel}`)}
                  </span>
                  <time dateTime={e.at}>{formatTime(e.at, locale)}</time>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {items.length > shown && (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setShown((n) => n + limit * 2)}>
          {t('timeline.more')}
        </button>
      )}
    </section>
  );
}
