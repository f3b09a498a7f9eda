import { useEffect } from 'react';
import { useStore } from 'zustand';
import { appChannelStore } from './app-channel-store';
import { useT } from '../i18n/use-t';
import './offline-banner.css';

/** Says when the app is offline, how many cart changes wait for the network, and when they are sent. */
export function OfflineBanner() {
  const { t, tn } = useT();
  const online = useStore(appChannelStore, (s) => s.online);
  const queued = useStore(appChannelStore, (s) => s.queued);
  const syncing = useStore(appChannelStore, (s) => s.syncing);
  const dropped = useStore(appChannelStore, (s) => s.dropped);
  useEffect(() => {
    if (!dropped) return;
    const timer = setTimeout(() => appChannelStore.setState({ dropped: 0 }), 8000);
    return () => clearTimeout(timer);
  }, [dropped]);
  if (online && !queued && !syncing && !dropped) return null;
  return (
    <div className={`offline-banner${online ? '' : ' offline-banner--off'}`} role="status" data-testid="offline-banner" data-queued={queued}>
      {!online && <p>{t('pwa.offline')}</p>}
      {queued > 0 && <p data-testid="offline-queued">{syncing ? t('pwa.syncing') : tn('pwa.queued', queued)}</p>}
      {dropped > 0 && <p>{t('pwa.dropped')}</p>}
    </div>
  );
}
