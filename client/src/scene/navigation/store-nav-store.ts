import { createStore } from 'zustand/vanilla';
import type { Point2 } from '../layout/find-path';

/** Where the visitor stands (feet) and looks. yaw 0 looks towards -z; radians. */
export interface Pose {
  x: number;
  z: number;
  yaw: number;
  pitch: number;
}

export interface StoreSettings {
  /** Thumbstick walking in the headset (teleport is always there). */
  smoothLocomotion: boolean;
  snapTurnDeg: number;
  /** Darkens the edges of the view while moving or turning smoothly. */
  vignette: boolean;
  /** Lifts the view to standing height for someone sitting down. */
  seated: boolean;
}

export type Holder = 'desktop' | 'left' | 'right';

export interface StoreNavState {
  /** Mutated in place by the frame loops (never `set` per frame): read it with `getState().pose`. */
  pose: Pose;
  /** How the product in hand is turned on desktop (drag to turn); mutated in place. */
  examine: { yaw: number; pitch: number };
  /** Bumped when the pose jumps (teleport, restore) so followers can snap instead of easing. */
  poseEpoch: number;
  hovered: number;
  selected: number;
  held: { index: number; by: Holder } | null;
  /** Desktop click-to-walk route, consumed by the camera loop. */
  path: Point2[] | null;
  inXR: boolean;
  settings: StoreSettings;
  hover(index: number): void;
  select(index: number): void;
  hold(index: number, by: Holder): void;
  release(): void;
  walk(path: Point2[] | null): void;
  teleport(x: number, z: number, yaw?: number): void;
  setSettings(patch: Partial<StoreSettings>): void;
  setInXR(inXR: boolean): void;
  reset(pose: Pose): void;
}

export const DEFAULT_SETTINGS: StoreSettings = { smoothLocomotion: false, snapTurnDeg: 45, vignette: true, seated: false };

/**
 * Navigation and selection in the walkable store, shared by the desktop controls, the headset
 * rig, the panels and the tests. Vanilla zustand: React reads it through selectors, frame loops
 * through `getState()`.
 *
 * @example storeNavStore.getState().select(12)
 */
export const storeNavStore = createStore<StoreNavState>((set, get) => ({
  pose: { x: 0, z: 0, yaw: 0, pitch: 0 },
  examine: { yaw: 0, pitch: 0 },
  poseEpoch: 0,
  hovered: -1,
  selected: -1,
  held: null,
  path: null,
  inXR: false,
  settings: { ...DEFAULT_SETTINGS },
  hover(index) {
    if (get().hovered !== index) set({ hovered: index });
  },
  select(index) {
    if (get().selected !== index) set({ selected: index });
  },
  hold(index, by) {
    get().examine.yaw = 0;
    get().examine.pitch = 0;
    set({ held: { index, by }, selected: index });
  },
  release() {
    if (get().held) set({ held: null });
  },
  walk(path) {
    set({ path });
  },
  teleport(x, z, yaw) {
    const pose = get().pose;
    pose.x = x;
    pose.z = z;
    if (yaw !== undefined) pose.yaw = yaw;
    set({ path: null, poseEpoch: get().poseEpoch + 1 });
  },
  setSettings(patch) {
    set({ settings: { ...get().settings, ...patch } });
  },
  setInXR(inXR) {
    const held = get().held;
    // A product held on desktop goes to the right hand in the headset, and back.
    if (held && inXR && held.by === 'desktop') set({ held: { ...held, by: 'right' } });
    if (held && !inXR && held.by !== 'desktop') set({ held: { ...held, by: 'desktop' } });
    set({ inXR });
  },
  reset(pose) {
    set({
      pose: { ...pose },
      examine: { yaw: 0, pitch: 0 },
      poseEpoch: get().poseEpoch + 1,
      hovered: -1,
      selected: -1,
      held: null,
      path: null,
    });
  },
}));
