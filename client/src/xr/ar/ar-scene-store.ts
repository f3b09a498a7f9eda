import { createStore } from 'zustand/vanilla';
import type { Placement } from '../../../../shared/catalogue/product';

export interface PlacedItem {
  uid: string;
  productId: string;
  variantId: string | null;
  placement: Placement;
  /** World position of the model's origin (on the floor, the table or the wall). */
  position: [number, number, number];
  /** Turn around the surface normal, radians. */
  rotation: number;
  /** 1 is true size. */
  scale: number;
  /** Surface normal at placement (up for floors and tables, out of the wall for wall items). */
  normal: [number, number, number];
}

export interface ArSceneState {
  items: PlacedItem[];
  selectedUid: string | null;
  /** What the next tap places. */
  nextProductId: string;
  nextVariantId: string | null;
  /** A surface suitable for the next product is under the reticle. */
  surfaceFound: boolean;
  /** Scaling is an explicit choice: off means every item is at true size. */
  scaling: boolean;
  place(item: Omit<PlacedItem, 'uid' | 'scale'>): PlacedItem;
  update(uid: string, patch: Partial<Pick<PlacedItem, 'position' | 'rotation' | 'scale'>>): void;
  remove(uid: string): void;
  select(uid: string | null): void;
  chooseNext(productId: string, variantId: string | null): void;
  setSurfaceFound(found: boolean): void;
  setScaling(on: boolean): void;
  reset(productId: string, variantId: string | null): void;
}

let counter = 0;

/**
 * What is placed in the room during one AR session. Frame loops read it with `getState()` and
 * write positions only when they actually change (drag, twist), never every frame.
 *
 * @example arSceneStore.getState().place({ productId: 'sofa-oslo-3', ... })
 */
export const arSceneStore = createStore<ArSceneState>((set, get) => ({
  items: [],
  selectedUid: null,
  nextProductId: '',
  nextVariantId: null,
  surfaceFound: false,
  scaling: false,

  place(item) {
    const placed: PlacedItem = { ...item, uid: `ar-${++counter}`, scale: 1 };
    set({ items: [...get().items, placed], selectedUid: placed.uid });
    return placed;
  },
  update(uid, patch) {
    set({ items: get().items.map((i) => (i.uid === uid ? { ...i, ...patch } : i)) });
  },
  remove(uid) {
    set({ items: get().items.filter((i) => i.uid !== uid), selectedUid: get().selectedUid === uid ? null : get().selectedUid });
  },
  select(uid) {
    set({ selectedUid: uid });
  },
  chooseNext(nextProductId, nextVariantId) {
    set({ nextProductId, nextVariantId, selectedUid: null });
  },
  setSurfaceFound(surfaceFound) {
    if (get().surfaceFound !== surfaceFound) set({ surfaceFound });
  },
  setScaling(scaling) {
    // Back to true size when scaling is switched off: 1:1 is the promise of AR furniture.
    set({ scaling, items: scaling ? get().items : get().items.map((i) => ({ ...i, scale: 1 })) });
  },
  reset(productId, variantId) {
    set({ items: [], selectedUid: null, nextProductId: productId, nextVariantId: variantId, surfaceFound: false, scaling: false });
  },
}));
