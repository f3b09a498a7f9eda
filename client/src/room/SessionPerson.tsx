import { useLocale } from '../stores/use-locale';
import { RoomIcon } from './RoomIcon';
import { roomStore } from './room-store';
import { personName, roomText } from './room-text';
import type { ParticipantView } from './room-view';

/**
 * One person in the session panel: colour, name, advisor or host badge, voice state, raised hand,
 * and the host's controls (let in, mute, floor, remove) on the others.
 *
 * @example <SessionPerson p={p} me={p.id === me} iHost={iHost} floor={view.floor} />
 */
export function SessionPerson({ p, me, iHost, floor }: { p: ParticipantView; me: boolean; iHost: boolean; floor: string }) {
  const locale = useLocale();
  const host = (action: 'admit' | 'remove') => roomStore.getState().send('host', { action, target: p.id });
  return (
    <li className={`room-person${p.role === 'advisor' ? ' room-person--advisor' : ''}`} data-testid="room-person" data-role={p.role}>
      <span className="room-person__dot" style={{ background: p.color }} aria-hidden="true" />
      <span className="room-person__name">
        {personName(locale, p.name)}
        {me && ` (${roomText(locale, 'you')})`}
      </span>
      {p.role === 'advisor' && <span className="room-badge">{roomText(locale, 'advisor')}</span>}
      {p.host && p.role !== 'advisor' && <span className="room-badge room-badge--host">{roomText(locale, 'host')}</span>}
      {!p.admitted && <span className="room-tag">{roomText(locale, 'waitingRoom')}</span>}
      {!p.connected && <span className="room-tag">{roomText(locale, 'away')}</span>}
      <span className="room-person__voice" role="img" aria-label={roomText(locale, p.muted ? 'micMuted' : p.speaking ? 'micSpeaking' : 'micOn')} data-voice={p.muted ? 'muted' : p.speaking ? 'speaking' : 'on'}>
        <RoomIcon name={p.muted ? 'micOff' : p.speaking ? 'speaking' : 'mic'} />
      </span>
      {p.handRaised && (
        <span className="room-person__hand">
          <RoomIcon name="hand" label={roomText(locale, 'handRaised')} />
        </span>
      )}
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
