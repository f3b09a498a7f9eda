import { useLocale } from '../stores/use-locale';
import { roomText } from './room-text';

/** Drawn in SVG, not emoji: they look the same on every device (and in headless tests). */
const PEOPLE = 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.8-3.4 3.4-5 6.5-5s5.7 1.6 6.5 5M16 4.3a3.5 3.5 0 0 1 0 6.4M18 15c2 .6 3.2 2.3 3.5 5';
const CHAT = 'M4 5h16v11H9l-5 4V5z';

function Glyph({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

/**
 * Folds and unfolds the session panel; always shows how many people are in the room and, while
 * folded, how many chat lines are waiting to be read.
 *
 * @example <SessionToggle open={open} people={3} unread={2} controls={bodyId} onToggle={() => setOpen(!open)} />
 */
export function SessionToggle({ open, people, unread, controls, onToggle }: { open: boolean; people: number; unread: number; controls: string; onToggle: () => void }) {
  const locale = useLocale();
  const shownUnread = open ? 0 : unread;
  return (
    <button
      type="button"
      className={`room-toggle${shownUnread ? ' room-toggle--unread' : ''}`}
      aria-expanded={open}
      aria-controls={controls}
      aria-label={roomText(locale, open ? 'hidePanel' : 'showPanel', { n: people, unread: shownUnread })}
      onClick={onToggle}
      data-testid="session-toggle"
    >
      <span className="room-toggle__chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
      <Glyph d={PEOPLE} />
      <span data-testid="session-people">{people}</span>
      {shownUnread > 0 && (
        <span className="room-toggle__unread" data-testid="session-unread">
          <Glyph d={CHAT} />
          {shownUnread}
        </span>
      )}
    </button>
  );
}
