import { useStore } from 'zustand';
import { useLocale } from '../../stores/use-locale';
import { formatPrice, formatTime } from '../../i18n/format';
import { advisorStore } from './advisor-store';
import { advisorText, advisorWord, pageName } from './advisor-text';
import { useCatalogue } from '../../stores/use-catalogue';
import { channelName } from '../../i18n/channel-name';
import { personName } from '../../room/room-text';

/** The help queue, live: each customer's context (product, cart, where they asked from, recent steps). */
export function QueueList() {
  const locale = useLocale();
  const { queue, live, busy, serving } = useStore(advisorStore);
  const products = useCatalogue((s) => s.products);
  return (
    <section className="advisor-queue" aria-label={advisorText(locale, 'tabHelp')} data-testid="advisor-queue">
      <h2>
        {advisorText(locale, 'tabHelp')} <span className={`advisor-live advisor-live--${live}`}>{advisorText(locale, live === 'open' ? 'live' : 'offline')}</span>
      </h2>
      {queue.length === 0 && <p className="muted">{advisorText(locale, 'queueEmpty')}</p>}
      <ol className="advisor-queue__list">
        {queue.map((r) => (
          <li key={r.id} className={`advisor-request advisor-request--${r.status}`} data-testid="queue-item" data-status={r.status}>
            <div className="advisor-request__who">
              <strong>
                {r.position ? `${r.position}. ` : ''}
                {personName(locale, r.customer.name)}
              </strong>
              <span className="muted small">
                {' '}
                · {channelName(locale, r.channel)} · {r.status === 'waiting' ? advisorText(locale, 'waiting', { t: formatTime(r.queuedAt, locale) }) : advisorText(locale, 'servedBy', { name: r.advisor?.name ?? '' })}
              </span>
              {r.returned && <span className="room-badge">{advisorText(locale, 'returned')}</span>}
            </div>
            {r.context.productName && <div>{advisorText(locale, 'looking', { name: r.context.productName })}</div>}
            <div className="small">
              {r.context.cartLines ? advisorText(locale, 'cart', { n: r.context.cartLines, total: r.context.cartTotal ? formatPrice(r.context.cartTotal, locale) : '' }) : advisorText(locale, 'noCart')}
              {r.context.page && ` · ${advisorText(locale, 'from', { page: pageName(locale, r.context.page, (id) => products[id]?.name[locale] ?? r.context.productName ?? '') })}`}
            </div>
            {r.context.recent.length > 0 && <div className="small muted">{r.context.recent.slice(-4).map((e) => `${advisorWord(locale, 'step_', e.type)} (${channelName(locale, e.channel, true)})`).join(' → ')}</div>}
            {r.status === 'waiting' && !serving && (
              <button type="button" className="btn btn--accent btn--small" disabled={busy === r.id} onClick={() => void advisorStore.getState().accept(r.id)} data-testid="accept">
                {advisorText(locale, 'accept')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
