import type { StoreWorld } from '../store-world';
import { DEFAULT_SETTINGS, storeNavStore, type Holder, type Pose, type StoreSettings } from './store-nav-store';

const KEY = 'vitrine.store.v1';

interface Saved {
  count: number;
  pose: Pose;
  selectedKey: string | null;
  held: { key: string; by: Holder } | null;
  examine: { yaw: number; pitch: number };
  settings: StoreSettings;
}

/**
 * Puts the visitor back where they were in this tab (position, selection, the product in hand),
 * when the store has the same stock count; otherwise at the layout's entrance.
 *
 * @example restoreStoreSession(world)
 */
export function restoreStoreSession(world: StoreWorld): void {
  const nav = storeNavStore.getState();
  const { spawn } = world.layout;
  nav.reset({ x: spawn.x, z: spawn.z, yaw: (spawn.yawDeg * Math.PI) / 180, pitch: 0 });
  const saved = read();
  if (!saved) return;
  storeNavStore.setState({ settings: { ...DEFAULT_SETTINGS, ...saved.settings } });
  if (saved.count !== world.count) return;
  const { pose } = saved;
  if ([pose.x, pose.z, pose.yaw, pose.pitch].every(Number.isFinite)) nav.reset(pose);
  const selected = saved.selectedKey ? world.indexByKey.get(saved.selectedKey) ?? -1 : -1;
  const heldIndex = saved.held ? world.indexByKey.get(saved.held.key) ?? -1 : -1;
  storeNavStore.setState({
    selected,
    // After a reload the headset session is over: what was in a hand is examined on screen.
    held: heldIndex >= 0 ? { index: heldIndex, by: 'desktop' } : null,
    examine: { ...saved.examine },
  });
}

/** Writes the current position, selection and product in hand to sessionStorage. */
export function saveStoreSession(world: StoreWorld): void {
  const s = storeNavStore.getState();
  const key = (i: number) => world.items[i]?.key ?? null;
  const heldKey = s.held ? key(s.held.index) : null;
  const data: Saved = {
    count: world.count,
    pose: { ...s.pose },
    selectedKey: key(s.selected),
    held: s.held && heldKey ? { key: heldKey, by: s.held.by } : null,
    examine: { ...s.examine },
    settings: s.settings,
  };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(data));
  } catch {
    /* storage full or blocked: the visit simply starts at the entrance next time */
  }
}

function read(): Saved | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

/**
 * Saves on every selection change, once a second while walking, and when the tab is hidden or
 * left; returns the cleanup (which saves one last time).
 *
 * @example useEffect(() => persistStoreSession(world), [world])
 */
export function persistStoreSession(world: StoreWorld): () => void {
  const save = () => saveStoreSession(world);
  const unsubscribe = storeNavStore.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.held !== prev.held || s.settings !== prev.settings || s.poseEpoch !== prev.poseEpoch) save();
  });
  let last = '';
  const timer = setInterval(() => {
    const p = storeNavStore.getState().pose;
    const now = `${p.x.toFixed(2)},${p.z.toFixed(2)},${p.yaw.toFixed(2)},${p.pitch.toFixed(2)}`;
    if (now !== last) {
      last = now;
      save();
    }
  }, 1000);
  const onHide = () => {
    if (document.visibilityState === 'hidden') save();
  };
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    save();
    unsubscribe();
    clearInterval(timer);
    window.removeEventListener('pagehide', save);
    document.removeEventListener('visibilitychange', onHide);
  };
}
