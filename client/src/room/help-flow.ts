import { createStore } from 'zustand/vanilla';
import { apiRequest } from '../api/api-client';
import { isApiError } from '../api/api-error';
import { openFeed, type Feed } from '../api/open-feed';
import type { HelpContext as AskContext } from '../stores/help-store';
import type { HelpRequestView } from '../../../shared/room/help';
import type { Channel } from '../../../shared/channel';
import { roomStore } from './room-store';
import { HELP_REQUEST_KEY, roomActivity } from './room-activity';
import { storeNavStore } from '../scene/navigation/store-nav-store';

export interface HelpFlowState {
  request: HelpRequestView | null;
  /** `expired`: the request ended without this page cancelling it (left unattended too long, or cancelled elsewhere). */
  status: 'idle' | 'asking' | 'open' | 'closed' | 'expired' | 'error';
  error: string | null;
  /** Staff pressed "Ask an advisor": only customers queue. */
  staff: boolean;
  /** "Ask an advisor" from any page: queues with the context, then follows the request live. */
  ask(ctx: AskContext): Promise<void>;
  /** Picks up a request left open by a reload. */
  resume(): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

let feed: Feed | null = null;

function remember(id: string | null) {
  try {
    if (id) sessionStorage.setItem(HELP_REQUEST_KEY, id);
    else sessionStorage.removeItem(HELP_REQUEST_KEY);
  } catch {
    /* private mode: the request is followed for this page only */
  }
}

/**
 * A headset in `/store` is the VR channel; a laptop or a phone walking the same 3D store is the
 * site's (or the app's) own channel, and the advisor reads "from the 3D store" from the page.
 */
const channelOf = (path: string): Channel | undefined => (path.startsWith('/store') && storeNavStore.getState().inXR ? 'vr' : undefined);

/**
 * The customer's side of "ask an advisor": the request, its place in the queue, and joining the
 * session room as soon as an advisor accepts (and staying in it if that advisor leaves: the next
 * one comes to the same room).
 *
 * @example helpFlow.getState().ask({ path: '/p/sofa-oslo-3', productId: 'sofa-oslo-3' })
 */
export const helpFlow = createStore<HelpFlowState>((set, get) => {
  const follow = (id: string) => {
    feed?.close();
    feed = openFeed<HelpRequestView>(`/api/help/requests/${encodeURIComponent(id)}/events`, 'request', (r) => {
      const live = r.status === 'waiting' || r.status === 'assigned';
      set({ request: r, status: live ? 'open' : r.status === 'cancelled' ? 'expired' : 'closed' });
      if (r.status === 'assigned' && r.sessionId) void roomStore.getState().joinSession(r.sessionId).catch(() => undefined);
      if (r.status === 'done' || r.status === 'cancelled') {
        feed?.close();
        feed = null;
        remember(null);
      }
    });
  };
  return {
    request: null,
    status: 'idle',
    error: null,
    staff: false,
    async ask(ctx) {
      roomActivity.getState().setActive(true);
      if (get().status === 'open' && get().request) return;
      set({ status: 'asking', error: null, staff: false });
      try {
        const storeId = roomStore.getState().view?.storeId || undefined;
        const r = await apiRequest<HelpRequestView>('/help/requests', {
          method: 'POST',
          body: { productId: ctx.productId, cartId: ctx.cartId, page: ctx.path.slice(0, 200), ...(storeId ? { storeId } : {}) },
          channel: channelOf(ctx.path),
        });
        set({ request: r, status: 'open' });
        remember(r.id);
        follow(r.id);
      } catch (e) {
        if (isApiError(e, 'forbidden')) set({ status: 'error', staff: true, error: null });
        else set({ status: 'error', error: (e as Error).message });
      }
    },
    async resume() {
      let id: string | null = null;
      try {
        id = sessionStorage.getItem(HELP_REQUEST_KEY);
      } catch {
        id = null;
      }
      if (!id || get().request) return;
      try {
        const r = await apiRequest<HelpRequestView>(`/help/requests/${encodeURIComponent(id)}`);
        if (r.status === 'waiting' || r.status === 'assigned') {
          roomActivity.getState().setActive(true);
          set({ request: r, status: 'open' });
          follow(r.id);
        } else {
          remember(null);
          // Back after the queue let the request go (a long phone lock, a closed tab): say so.
          if (r.status === 'cancelled') set({ request: r, status: 'expired' });
        }
      } catch {
        remember(null);
      }
    },
    async cancel() {
      const r = get().request;
      feed?.close();
      feed = null;
      remember(null);
      set({ status: 'closed' });
      if (r) await apiRequest(`/help/requests/${encodeURIComponent(r.id)}`, { method: 'DELETE' }).catch(() => undefined);
      if (roomStore.getState().target?.kind === 'session') await roomStore.getState().leave();
    },
    dismiss() {
      set({ status: 'idle', request: null, error: null, staff: false });
    },
  };
});
