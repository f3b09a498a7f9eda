import { createStore } from 'zustand/vanilla';
import { adminApi, type NewStaff, type StaffMember } from '../../api/admin-api';

export interface StaffState {
  items: StaffMember[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  /** Creates an account; throws the server's error (the form shows it) and adds the member on success. */
  create(s: NewStaff): Promise<StaffMember>;
  /** Deactivates (their sessions end at once) or reactivates a member. */
  setActive(id: string, active: boolean): Promise<void>;
}

/** The staff accounts an admin (everyone) or a manager (their store's advisors and clerks) sees. */
export const staffStore = createStore<StaffState>((set, get) => ({
  items: [],
  status: 'idle',
  error: null,
  async load() {
    set({ status: 'loading', error: null });
    try {
      set({ items: (await adminApi.staff()).items, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: (e as Error).message });
    }
  },
  async create(s) {
    const m = await adminApi.createStaff(s);
    set({ items: [...get().items.filter((x) => x.id !== m.id), m] });
    return m;
  },
  async setActive(id, active) {
    set({ error: null });
    try {
      const m = await adminApi.setActive(id, active);
      set({ items: get().items.map((x) => (x.id === id ? m : x)) });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
}));
