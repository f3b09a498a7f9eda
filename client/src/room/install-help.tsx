import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { helpStore } from '../stores/help-store';
import { sessionStore } from '../stores/session-store';
import { apiRequest } from '../api/api-client';
import { HELP_REQUEST_KEY, roomActivity } from './room-activity';
import { sessionFromLink } from './session-from-link';

const HelpPanel = lazy(() => import('./HelpPanel').then((m) => ({ default: m.HelpPanel })));

function hasOpenRequest(): boolean {
  try {
    return !!sessionStorage.getItem(HELP_REQUEST_KEY);
  } catch {
    return false;
  }
}

/** Loads the session feature's code only once there is something to show. */
function HelpPanelGate() {
  const active = useStore(roomActivity, (s) => s.active);
  if (!active && !hasOpenRequest()) return null;
  return (
    <Suspense fallback={null}>
      <HelpPanel />
    </Suspense>
  );
}

/**
 * Installs "Ask an advisor" into the shell's hook point: pressing the button (header, store HUD)
 * queues the customer with their context; the panel follows the request and the session.
 * Tiny on purpose: the room code (Colyseus client, WebRTC) loads on first use.
 */
/** Once the page is idle, a customer with a consultation about to start gets its reminder and join link. */
function checkReminders(): void {
  const run = () => {
    const { user, token } = sessionStore.getState();
    if (!token || user?.role !== 'customer') return;
    void apiRequest<{ items: { remind: boolean }[] }>('/bookings/mine')
      .then((r) => r.items.some((b) => b.remind) && roomActivity.getState().setReminder(true))
      .catch(() => undefined);
  };
  setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(run) : run()), 3000);
}

/**
 * A shop page opened from a link to a session (the mail saying an advisor answered links back to
 * the page the customer asked from) rejoins it there: the help corner then shows the session.
 */
function rejoinFromLink(): void {
  if (typeof window === 'undefined') return;
  const linked = sessionFromLink(window.location.pathname, window.location.search);
  if (!linked) return;
  roomActivity.getState().setActive(true);
  void import('./room-store')
    .then((m) => m.roomStore.getState().joinSession(linked.sessionId, linked.invite))
    .catch(() => undefined);
}

export function installHelp(): void {
  checkReminders();
  rejoinFromLink();
  helpStore.getState().setHandler((ctx) => {
    roomActivity.getState().setActive(true);
    void import('./help-flow').then((m) => m.helpFlow.getState().ask(ctx));
  }, HelpPanelGate);
}
