import { useStore } from 'zustand';
import { sessionStore, type SessionState } from './session-store';

/** @example const user = useSession((s) => s.user) */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}
