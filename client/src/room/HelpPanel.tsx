import { useEffect } from 'react';
import { useStore } from 'zustand';
import { Link, useLocation } from 'wouter';
import { useLocale } from '../stores/use-locale';
import { helpFlow } from './help-flow';
import { roomText } from './room-text';
import { useRoom } from './use-room';
import { SessionPanel } from './SessionPanel';
import { BookingCard } from './BookingCard';
import { roomStore } from './room-store';
import { catalogueStore } from '../stores/catalogue-store';
import { roomActivity } from './room-activity';
import './room.css';

/**
 * The customer's help and session corner, shown by the shop layout on every page and by the 3D
 * store's HUD (a bare route) in its right-hand column: the request and its place in the queue,
 * then the live session panel.
 */
export function HelpPanel() {
  const locale = useLocale();
  const [path] = useLocation();
  const help = useStore(helpFlow);
  const reminder = useStore(roomActivity, (s) => s.reminder);
  const status = useRoom((s) => s.status);
  const kind = useRoom((s) => s.view?.kind);
  const summary = useRoom((s) => s.summary);
  const advisorHere = useRoom((s) => !!s.view?.participants.some((p) => p.role === 'advisor' && p.connected));
  useEffect(() => {
    void helpFlow.getState().resume();
    // Product names for the spotlight and the summary.
    void catalogueStore.getState().loadList().catch(() => undefined);
  }, []);

  const r = help.request;
  const inSession = (status === 'connected' || status === 'reconnecting' || !!summary) && kind !== 'public';
  const inStore = path.startsWith('/store');
  if (help.status === 'idle' && !inSession && !(inStore && status === 'connected') && !reminder) return null;

  return (
    <aside className={`room-corner${inStore ? ' room-corner--store' : ''}`} data-testid="help-panel">
      {help.status === 'asking' && <p role="status">{roomText(locale, 'asking')}</p>}
      {help.staff && (
        <p role="status">
          {roomText(locale, 'staffCannotAsk')}{' '}
          <button type="button" className="room-link" onClick={() => help.dismiss()}>
            {roomText(locale, 'close')}
          </button>
        </p>
      )}
      {help.status === 'error' && help.error && <p role="alert">{roomText(locale, 'failed', { message: help.error })}</p>}
      {help.status === 'expired' && (
        <p role="status" data-testid="help-expired">
          {roomText(locale, 'requestClosed')}{' '}
          <button type="button" className="room-link" onClick={() => help.dismiss()}>
            {roomText(locale, 'close')}
          </button>
        </p>
      )}
      {r && help.status === 'open' && (
        <div className="room-request" data-testid="help-request" data-status={r.status}>
          <strong>{roomText(locale, 'askTitle')}</strong>
          {r.status === 'waiting' && <p role="status">{roomText(locale, r.returned ? 'returned' : 'waiting', { n: r.position ?? 1 })}</p>}
          {r.status === 'assigned' && <p role="status">{roomText(locale, advisorHere && inSession ? 'withYou' : 'assigned', { name: r.advisor?.name ?? '' })}</p>}
          {r.status === 'assigned' && !inStore && (
            <Link href="/store" className="room-link">
              {roomText(locale, 'goToStore')}
            </Link>
          )}{' '}
          <button type="button" className="room-link" onClick={() => void help.cancel()} data-testid="help-cancel">
            {roomText(locale, r.status === 'assigned' ? 'endHelp' : 'cancel')}
          </button>
        </div>
      )}
      {!help.staff && <BookingCard offer={!inSession && r?.status !== 'assigned'} />}
      {(inSession || (inStore && status === 'connected')) && (
        <SessionPanel onLeave={kind !== 'public' ? () => void roomStore.getState().leave() : undefined} />
      )}
    </aside>
  );
}
