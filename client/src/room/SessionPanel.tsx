import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useLocale } from '../stores/use-locale';
import { useCatalogue } from '../stores/use-catalogue';
import { ROOM_LIMITS } from '../../../shared/room/room-constants';
import { roomStore } from './room-store';
import { noticeText, personName, roomText } from './room-text';
import { useRoom } from './use-room';
import { voiceStore } from './voice-mesh';
import { RoomIcon } from './RoomIcon';
import { SessionPerson } from './SessionPerson';
import { SessionToggle } from './SessionToggle';
import { usePushToTalk } from './use-push-to-talk';
import { panelStartsOpen, unreadChatCount } from './session-panel-state';
import './room.css';

/**
 * The session's 2D panel, for the store overlay, any page and the advisor console: people (with
 * advisor badges, voice state and host controls), chat, microphone, push-to-talk, raised hand,
 * notices, and the summary once the session ended. It starts folded on small screens (and in the
 * walk-in showroom) to a toggle that shows how many people are there and how many chat lines are unread.
 *
 * @example <SessionPanel onLeave={() => void roomStore.getState().leave()} />
 */
export function SessionPanel({ onLeave }: { onLeave?: () => void }) {
  const locale = useLocale();
  const products = useCatalogue((s) => s.products);
  const productName = (id: string) => products[id]?.name[locale] ?? id;
  const [open, setOpen] = useState(() => panelStartsOpen(roomStore.getState().view?.kind, typeof window === 'undefined' ? Infinity : window.innerWidth));
  const view = useRoom((s) => s.view);
  const me = useRoom((s) => s.me);
  const roomId = useRoom((s) => s.roomId);
  const bodyId = useId();
  const status = useRoom((s) => s.status);
  const notices = useRoom((s) => s.notices);
  const summary = useRoom((s) => s.summary);
  const voice = useStore(voiceStore);
  const [text, setText] = useState('');
  const chatEnd = useRef<HTMLLIElement | null>(null);
  usePushToTalk(voice.pushToTalk);
  // The last chat line read: a room's history counts as read on arrival, and everything is read while open.
  const lastChatId = view?.chat.at(-1)?.id ?? 0;
  const [seen, setSeen] = useState({ roomId: null as string | null, id: 0 });
  if (view && (seen.roomId !== roomId || (open && seen.id !== lastChatId))) setSeen({ roomId, id: lastChatId });
  const unread = view && seen.roomId === roomId ? unreadChatCount(view.chat, seen.id, me) : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new chat line is the trigger: scroll it into view.
  useEffect(() => {
    // Braces matter: newer browsers return a promise from scrollIntoView, and React would take it for a cleanup.
    chatEnd.current?.scrollIntoView({ block: 'nearest' });
  }, [view?.chat.length]);

  if (!view && !summary) return null;
  const mine = view?.participants.find((p) => p.id === me);
  const iHost = !!mine?.host && view?.kind !== 'public';
  const say = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    roomStore.getState().send('chat', { text: text.trim() });
    setText('');
  };

  return (
    <section className={`room-panel${open ? '' : ' room-panel--folded'}`} aria-label={roomText(locale, 'session')} data-testid="session-panel" data-open={open}>
      <header className="room-panel__head">
        {/* A help session's stored title is the server's; people read it in their own language. */}
        <strong>{view?.kind === 'help' ? roomText(locale, 'helpSession') : view?.title || roomText(locale, view?.kind === 'public' ? 'showroom' : 'session')}</strong>
        {status === 'reconnecting' && <span className="room-tag" role="status">{roomText(locale, 'reconnecting')}</span>}
        {view && <SessionToggle open={open} people={view.participants.length} unread={unread} controls={bodyId} onToggle={() => setOpen(!open)} />}
        {onLeave && (
          <button type="button" className="room-link" onClick={onLeave}>
            {roomText(locale, 'leave')}
          </button>
        )}
      </header>
      {/* Folded, only the latest notice shows: the view stays clear on a phone. */}
      {(open ? notices : notices.slice(-1)).map((n) => (
        <p key={n.id} className="room-notice" role="status" data-testid="room-notice" data-code={n.code}>
          {n.code === 'cart_added' && n.productId ? roomText(locale, 'cartAdded', { name: personName(locale, n.by ?? ''), product: `${n.qty ?? 1} × ${productName(n.productId)}` }) : noticeText(locale, n.code, personName(locale, n.by ?? ''))}
          <button type="button" aria-label={roomText(locale, 'close')} onClick={() => roomStore.getState().dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
      {summary && (
        <div className="room-summary" data-testid="session-summary">
          <strong>{roomText(locale, 'ended')}</strong>
          <p>
            {roomText(locale, 'shown')}: {[...new Set(summary.shown.map((s) => productName(s.productId)))].join(', ') || roomText(locale, 'nothing')}
          </p>
          <p>
            {roomText(locale, 'added')}: {summary.added.map((a) => `${a.qty} × ${productName(a.productId)}`).join(', ') || roomText(locale, 'nothing')}
          </p>
        </div>
      )}
      {view?.spotlight && <p className="room-spotlight">★ {roomText(locale, 'spotlight', { name: productName(view.spotlight.productId) })}</p>}
      {view && open && (
        <div id={bodyId}>
          <h3 className="room-panel__sub">{roomText(locale, 'people', { n: view.participants.length })}</h3>
          <ul className="room-people">
            {view.participants.map((p) => (
              <SessionPerson key={p.id} p={p} me={p.id === me} iHost={iHost} floor={view.floor} />
            ))}
          </ul>
          <div className="room-voice">
            {!voice.enabled ? (
              <button type="button" onClick={() => void voice.enable()}>
                <RoomIcon name="mic" /> {roomText(locale, 'voiceOn')}
              </button>
            ) : (
              <>
                <button type="button" aria-pressed={!voice.muted} onClick={() => voice.setMuted(!voice.muted)} disabled={voice.pushToTalk}>
                  <RoomIcon name={voice.muted ? 'micOff' : 'mic'} /> {roomText(locale, voice.muted ? 'unmute' : 'mute')}
                </button>
                <label className="room-check">
                  <input type="checkbox" checked={voice.pushToTalk} onChange={(e) => voice.setPushToTalk(e.target.checked)} />
                  {roomText(locale, 'pushToTalk')}
                </label>
              </>
            )}
            {view.kind === 'event' && !iHost && (
              <button type="button" onClick={() => roomStore.getState().send('hand', { raised: !mine?.handRaised })}>
                <RoomIcon name="hand" /> {roomText(locale, mine?.handRaised ? 'lowerHand' : 'raiseHand')}
              </button>
            )}
            {/* The browser's own reason is in its language and for developers: say it plainly. */}
            {voice.error && <span className="room-tag">{roomText(locale, 'micFailed')}</span>}
          </div>
          <h3 className="room-panel__sub">{roomText(locale, 'chat')}</h3>
          <ul className={`room-chat${view.chat.length ? '' : ' room-chat--empty'}`} aria-live="polite">
            {view.chat.map((c) => (
              <li key={c.id} className={c.role === 'advisor' ? 'room-chat__advisor' : undefined}>
                <b>{personName(locale, c.name)}</b> {c.text}
              </li>
            ))}
            <li ref={chatEnd} aria-hidden="true" />
          </ul>
          <form className="room-say" onSubmit={say}>
            <input value={text} maxLength={ROOM_LIMITS.chat.maxChars} onChange={(e) => setText(e.target.value)} placeholder={roomText(locale, 'say')} aria-label={roomText(locale, 'say')} data-testid="room-chat-input" />
            <button type="submit">{roomText(locale, 'send')}</button>
          </form>
          {iHost && (
            <button type="button" className="room-end" onClick={() => roomStore.getState().send('host', { action: 'end' })} data-testid="room-end">
              {roomText(locale, view?.kind === 'help' ? 'endHelp' : 'end')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
