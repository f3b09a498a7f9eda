import { createStore } from 'zustand/vanilla';
import { consentExpired } from '../../../shared/privacy/retention';
import { apiRequest } from '../api/api-client';
import { sessionStore } from '../stores/session-store';

const KEY = 'vitrine.consent';
/** Browser specs see the banner only when they ask for it, so it never covers the pages they drive. */
export const BANNER_IN_TESTS_KEY = 'vitrine.consent-banner-in-tests';

interface Stored {
  analytics: boolean;
  decidedAt: string;
  /** The account or guest the server last heard this choice for. */
  syncedFor?: string;
}

export interface ConsentState {
  choice: Stored | null;
  /** Whether the banner asks (no choice yet, or one older than 13 months). */
  asking: boolean;
  /** Records the choice here and on the server, for the current session. */
  decide(analytics: boolean): Promise<void>;
  /** Opens the banner again, to change the choice. */
  reopen(): void;
}

function load(): Stored | null {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
    return s && typeof s.analytics === 'boolean' && !consentExpired(s.decidedAt, new Date()) ? s : null;
  } catch {
    return null;
  }
}

function save(s: Stored) {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* private mode: the choice lasts for this tab */
  }
}

function bannerAllowed(): boolean {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return true;
  try {
    return localStorage.getItem(BANNER_IN_TESTS_KEY) === '1';
  } catch {
    return false;
  }
}

let syncing: Promise<void> | null = null;

/**
 * Tells the server the device's choice for the current session, once per identity (a guest, then
 * the account signed into): the server records analytics only for a customer who said yes.
 *
 * @example await syncConsent(); // before posting a view
 */
export function syncConsent(): Promise<void> {
  const { choice } = consentStore.getState();
  const { user } = sessionStore.getState();
  if (!choice || !user || user.role !== 'customer' || choice.syncedFor === user.id) return Promise.resolve();
  syncing ??= apiRequest('/customers/me/consent', { method: 'PUT', body: { analytics: choice.analytics } })
    .then(() => {
      const next = { ...choice, syncedFor: user.id };
      save(next);
      consentStore.setState({ choice: next });
    })
    .finally(() => {
      syncing = null;
    });
  return syncing;
}

/**
 * The journey-analytics choice of this device (CNIL: asked before anything is measured, refusing
 * as easy as accepting, changeable at any time). Read with `useStore(consentStore, s => s.asking)`.
 *
 * @example await consentStore.getState().decide(false)
 */
export const consentStore = createStore<ConsentState>((set) => {
  const choice = typeof window === 'undefined' ? null : load();
  return {
    choice,
    asking: typeof window !== 'undefined' && !choice && bannerAllowed(),
    async decide(analytics) {
      save({ analytics, decidedAt: new Date().toISOString() });
      set({ choice: load(), asking: false });
      await sessionStore.getState().start();
      await syncConsent();
    },
    reopen() {
      set({ asking: true });
    },
  };
});

/** Whether views may be measured: only after a "yes" on this device. */
export function analyticsAllowed(): boolean {
  return consentStore.getState().choice?.analytics === true;
}

// A new identity (sign-in, a fresh guest) learns the device's choice.
sessionStore.subscribe((s, prev) => {
  if (s.user?.id !== prev.user?.id) void syncConsent().catch(() => undefined);
});
