import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useLocale } from '../stores/use-locale';
import { useCatalogue } from '../stores/use-catalogue';
import { ROOM_LIMITS } from '../../../shared/room/room-constants';
import { roomStore } from './room-store';
import { roomText } from './room-text';
import { useRoom } from './use-room';
import { voiceStore } from './voice-mesh';
import type { ParticipantView } from './room-view';
import './room.css';

/** Hold V (outside text fields) to talk when push-to-talk is on. */
function usePushToTalk(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const typing = (e: KeyboardEvent) => e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    const down = (e: KeyboardEvent) => e.code === 'KeyV' && !e.repeat && !typing(e) && voiceStore.getState().talk(true);
    const up = (e: KeyboardEvent) => e.code === 'KeyV' && voiceStore.getState().talk(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [active]);
}

function Person({ p, me, iHost, floor }: { p: ParticipantView; me: boolean; iHost: boolean; floor: string }) {
  const locale = useLocale();
  const host = (action: 'admit' | 'remove') => roomStore.getState().send('host', { action, target: p.id });
  return (
    <li className={`room-person${p.role === 'advisor' ? ' room-person--advisor' : ''}`} data-testid="room-person" data-role={p.role}>
      <span className="room-person__dot" style={{ background: p.color }} aria-hidden="true" />
      <span className="room-person__name">
        {p.name}
        {me && ` (${roomText(locale, 'you')})`}
      </span>
      {p.role === 'advisor' && <span className="room-badge">{roomText(locale, 'advisor')}</span>}
      {p.host && p.role !== 'advisor' && <span className="room-badge room-badge--host">{roomText(locale, 'host')}</span>}
      {!p.admitted && <span className="room-tag">{roomText(locale, 'waitingRoom')}</span>}
      {!p.connected && <span className="room-tag">{roomText(locale, 'away')}</span>}
      <span className="room-person__voice" aria-label={p.muted ? 'muted' : p.speaking ? 'speaking' : 'mic on'}>
        {p.muted ? '🔇' : p.speaking ? '🔊' : '🎙'}
      </span>
      {p.handRaised && <span aria-label="hand raised">✋</span>}
      {iHost && !me && (
        <span className="room-person__actions">
          {!p.admitted && (
            <button type="button" onClick={() => host('admit')}>
              {roomText(locale, 'admit')}
            </button>
          )}
          <button type="button" onClick={() => roomStore.getState().send('host', { action: 'mute', target: p.id, muted: !p.mutedByHost })}>
            {roomText(locale, p.mutedByHost ? 'unmuteThem' : 'muteThem')}
          </button>
          <button type="button" onClick={() => roomStore.getState().send('host', { action: 'floor', target: floor === p.id ? null : p.id })}>
            {roomText(locale, floor === p.id ? 'takeFloor' : 'giveFloor')}
          </button>
          <button type="button" onClick={() => host('remove')}>
            {roomText(locale, 'remove')}
          </button>
        </span>
      )}
    </li>
  );
}

/**
 * The session's 2D panel, for the store overlay, any page and the advisor console: people (with
 * advisor badges, voice state and host controls), chat, microphone, push-to-talk, raised hand,
 * notices, and the summary once the session ended.
 */
export function SessionPanel({ onLeave }: { onLeave?: () => void }) {
  const locale = useLocale();
  const products = useCatalogue((s) => s.products);
  const productName = (id: string) => products[id]?.name[locale] ?? id;
  // The walk-in showroom starts folded (strangers' chat is secondary); a session starts open.
  const [open, setOpen] = useState(() => roomStore.getState().view?.kind !== 'public');
  const view = useRoom((s) => s.view);
  const me = useRoom((s) => s.me);
  const status = useRoom((s) => s.status);
  const notices = useRoom((s) => s.notices);
  const summary = useRoom((s) => s.summary);
  const voice = useStore(voiceStore);
  const [text, setText] = useState('');
  const chatEnd = useRef<HTMLLIElement | null>(null);
  usePushToTalk(voice.pushToTalk);
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
    <section className="room-panel" aria-label={roomText(locale, 'session')} data-testid="session-panel">
      <header className="room-panel__head">
        <strong>{view?.title || roomText(locale, view?.kind === 'public' ? 'showroom' : 'session')}</strong>
        {status === 'reconnecting' && <span className="room-tag" role="status">{roomText(locale, 'reconnecting')}</span>}
        <button type="button" className="room-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {view ? view.participants.length : ''}
        </button>
        {onLeave && (
          <button type="button" className="room-link" onClick={onLeave}>
            {roomText(locale, 'leave')}
          </button>
        )}
      </header>
      {notices.map((n) => (
        <p key={n.id} className="room-notice" role="status" data-testid="room-notice" data-code={n.code}>
          {n.code === 'cart_added' && n.productId ? roomText(locale, 'cartAdded', { name: n.by ?? '', product: `${n.qty ?? 1} × ${productName(n.productId)}` }) : n.message}
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
        <>
          <h3 className="room-panel__sub">{roomText(locale, 'people', { n: view.participants.length })}</h3>
          <ul className="room-people">
            {view.participants.map((p) => (
              <Person key={p.id} p={p} me={p.id === me} iHost={iHost} floor={view.floor} />
            ))}
          </ul>
          <div className="room-voice">
            {!voice.enabled ? (
              <button type="button" onClick={() => void voice.enable()}>
                🎙 {roomText(locale, 'voiceOn')}
              </button>
            ) : (
              <>
                <button type="button" aria-pressed={!voice.muted} onClick={() => voice.setMuted(!voice.muted)} disabled={voice.pushToTalk}>
                  {voice.muted ? `🔇 ${roomText(locale, 'unmute')}` : `🎙 ${roomText(locale, 'mute')}`}
                </button>
                <label className="room-check">
                  <input type="checkbox" checked={voice.pushToTalk} onChange={(e) => voice.setPushToTalk(e.target.checked)} />
                  {roomText(locale, 'pushToTalk')}
                </label>
              </>
            )}
            {view.kind === 'event' && !iHost && (
              <button type="button" onClick={() => roomStore.getState().send('hand', { raised: !mine?.handRaised })}>
                ✋ {roomText(locale, mine?.handRaised ? 'lowerHand' : 'raiseHand')}
              </button>
            )}
            {voice.error && <span className="room-tag">{voice.error}</span>}
          </div>
          <h3 className="room-panel__sub">{roomText(locale, 'chat')}</h3>
          <ul className="room-chat" aria-live="polite">
            {view.chat.map((c) => (
              <li key={c.id} className={c.role === 'advisor' ? 'room-chat__advisor' : undefined}>
                <b>{c.name}</b> {c.text}
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
              {roomText(locale, 'end')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
