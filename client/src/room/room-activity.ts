import { createStore } from 'zustand/vanilla';

/**
 * Whether the live-session feature has anything to show (a help request, a room). Tiny and
 * dependency-free: the shell reads it to decide when to load the feature's code at all.
 */
export const roomActivity = createStore<{ active: boolean; reminder: boolean; setActive(active: boolean): void; setReminder(on: boolean): void }>((set) => ({
  active: false,
  /** A booked consultation starts soon: the panel shows its join link. */
  reminder: false,
  setActive(active) {
    set({ active });
  },
  setReminder(reminder) {
    set({ reminder, ...(reminder ? { active: true } : {}) });
  },
}));

/** Where an open help request is remembered across reloads (this tab). */
export const HELP_REQUEST_KEY = 'vitrine.help-request';
