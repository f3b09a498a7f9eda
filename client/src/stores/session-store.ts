import { createStore } from 'zustand/vanilla';
import type { User } from '../../../shared/auth/role';
import type { AuthResponse } from '../../../shared/http/api-schemas';
import { authApi } from '../api/auth-api';
import { installApiHooks } from '../api/api-client';
import { channelStore } from './channel-store';

const KEY = 'vitrine.session';

export interface SessionState {
  token: string | null;
  user: User | null;
  status: 'idle' | 'starting' | 'ready' | 'error';
  error: string | null;
  /** Bumped whenever the signed-in identity changes, so the cart store knows to reload. */
  generation: number;
  /** Set when the last sign-in added this device's guest cart to the account's cart (for a notice); null otherwise. */
  mergedCartId: string | null;
  /** Creates a guest session on first visit and redeems `?link=CODE` from the URL. Safe to call repeatedly. */
  start(): Promise<void>;
  /** Signs in; the server merges the guest cart into the account's. Throws ApiError (401) on bad credentials. */
  login(email: string, password: string): Promise<User>;
  /** Takes a session the server gave (e-mail verified, password reset or changed, passkey). */
  adopt(a: AuthResponse): void;
  /** Signs out and continues as a fresh guest. */
  logout(): Promise<void>;
  /** Signs this device in as the customer who showed the QR code. */
  redeemDeviceLink(code: string): Promise<void>;
  /**
   * Replaces a rejected token with a new guest session; concurrent callers share one request. A
   * token already replaced (a request sent just before a sign-in, a password or address change
   * that signed the old session out) keeps the session that replaced it.
   */
  renew(refused?: string): Promise<string | null>;
}

function load(): { token: string; user: User } | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function save(s: { token: string; user: User } | null) {
  try {
    if (s) localStorage.setItem(KEY, JSON.stringify(s));
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the session lives for this tab only */
  }
}

let starting: Promise<void> | null = null;
let renewing: Promise<string | null> | null = null;

/**
 * Who is using this device. Vanilla zustand store: read with `useSession(s => s.user)` in React or
 * `sessionStore.getState()` elsewhere.
 *
 * @example await sessionStore.getState().login('camille@vitrine.demo', 'vitrine')
 */
export const sessionStore = createStore<SessionState>((set, get) => {
  const saved = load();
  const adopt = (a: AuthResponse) => {
    save({ token: a.token, user: a.user });
    set({ token: a.token, user: a.user, status: 'ready', error: null, generation: get().generation + 1, mergedCartId: a.mergedCartId ?? null });
  };
  const startGuest = async () => adopt(await authApi.guest());

  return {
    token: saved?.token ?? null,
    user: saved?.user ?? null,
    status: saved ? 'ready' : 'idle',
    error: null,
    generation: 0,
    mergedCartId: null,

    start() {
      starting ??= (async () => {
        const link = readLinkParam();
        if (link) {
          try {
            await get().redeemDeviceLink(link);
            return;
          } catch (e) {
            // An expired or used link still leaves a working session; the page can say why.
            set({ error: (e as Error).message });
          }
        }
        if (get().token) return;
        set({ status: 'starting' });
        try {
          const guest = await authApi.guest();
          // A page that signs in by itself (a verification link opened in a fresh browser) may have
          // finished first: that session stays, the guest made meanwhile is left unused.
          if (get().token) {
            if (get().status === 'starting') set({ status: 'ready' });
            return;
          }
          adopt(guest);
        } catch (e) {
          if (!get().token) set({ status: 'error', error: (e as Error).message });
          starting = null;
        }
      })();
      return starting;
    },

    async login(email, password) {
      const a = await authApi.login(email, password);
      adopt(a);
      return a.user;
    },

    adopt,

    async logout() {
      save(null);
      set({ token: null, user: null });
      await startGuest();
    },

    async redeemDeviceLink(code) {
      const a = await authApi.redeemDeviceLink(code);
      adopt(a);
    },

    renew(refused) {
      const current = get().token;
      if (refused && current && current !== refused) return Promise.resolve(current);
      renewing ??= (async () => {
        const before = get().token;
        const guest = await authApi.guest();
        // Signed in meanwhile (the answer that replaced the refused token came back first): keep that.
        if (get().token !== before) return get().token;
        adopt(guest);
        return guest.token;
      })()
        .catch(() => null)
        .finally(() => {
          renewing = null;
        });
      return renewing;
    },
  };
});

/** Takes `?link=CODE` out of the address bar (one-time codes should not linger in history). */
function readLinkParam(): string | null {
  if (typeof window === 'undefined') return null;
  const url = new URL(window.location.href);
  const code = url.searchParams.get('link');
  if (!code) return null;
  url.searchParams.delete('link');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return code;
}

// Tabs of one browser are one customer: a sign-in, sign-out or device link in another tab is followed
// here (the cart store then reloads the right cart). A removal is skipped: the new session follows it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY || !e.newValue) return;
    let next: { token: string; user: User } | null = null;
    try {
      next = JSON.parse(e.newValue) as { token: string; user: User };
    } catch {
      return;
    }
    const cur = sessionStore.getState();
    if (!next?.token || next.token === cur.token) return;
    sessionStore.setState({ token: next.token, user: next.user, status: 'ready', error: null, generation: cur.generation + 1 });
  });
}

installApiHooks({
  token: () => sessionStore.getState().token,
  channel: () => channelStore.getState().channel,
  renewSession: (refused) => sessionStore.getState().renew(refused),
});
