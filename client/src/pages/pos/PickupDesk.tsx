import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { deskStore } from './desk-store';
import { PickupCard } from './PickupCard';

/** The click-and-collect desk: orders to prepare and to hand over at this store, live. */
export function PickupDesk({ storeId }: { storeId: string }) {
  const { t } = useT();
  const pickups = useStore(deskStore, (s) => s.pickups);
  const live = useStore(deskStore, (s) => s.live);
  useEffect(() => {
    deskStore.getState().follow(storeId);
  }, [storeId]);
  return (
    <section className="desk" aria-labelledby="desk-title" data-testid="pickup-desk">
      <div className="desk__head">
        <h1 id="desk-title">{t('desk.title')}</h1>
        <span className={live === 'open' ? 'feed-state feed-state--on' : 'feed-state'} data-testid="desk-live">
          <span className="feed-state__dot" aria-hidden="true" />
          {live === 'open' ? t('desk.live') : t('pos.reconnecting')}
        </span>
      </div>
      {!pickups && <p className="muted">{t('app.loading')}</p>}
      {pickups && !pickups.waiting.length && <p className="muted">{t('desk.empty')}</p>}
      <ul className="plain desk__list">
        {pickups?.waiting.map((o) => <PickupCard key={o.id} order={o} />)}
      </ul>
      {pickups && pickups.recent.length > 0 && (
        <>
          <h2 className="desk__recent">{t('desk.recent')}</h2>
          <ul className="plain desk__list desk__list--recent">
            {pickups.recent.map((o) => <PickupCard key={o.id} order={o} />)}
          </ul>
        </>
      )}
    </section>
  );
}
