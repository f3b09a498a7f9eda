import type { LocalizedText } from '../../../../../shared/i18n-text';
import type { RoomSet, SetItem, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { snap } from './edit-layout';

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A name unused among `taken`: `base`, then `base-2`, `base-3`... */
function freshName(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const withSet = (layout: StoreLayout, setId: string, change: (s: RoomSet) => RoomSet): StoreLayout => ({
  ...layout,
  sets: layout.sets.map((s) => (s.id === setId ? change(s) : s)),
});

const withItem = (layout: StoreLayout, setId: string, itemId: string, change: (it: SetItem) => SetItem): StoreLayout =>
  withSet(layout, setId, (s) => ({ ...s, items: s.items.map((it) => (it.id === itemId ? change(it) : it)) }));

/**
 * A new, empty room set named in both languages.
 * @example addRoomSet(layout, { fr: 'La chambre', en: 'The bedroom' }) // {layout, id: 'room-set-1'}
 */
export function addRoomSet(layout: StoreLayout, name: LocalizedText): { layout: StoreLayout; id: string } {
  const taken = new Set(layout.sets.map((s) => s.id));
  let n = 1;
  while (taken.has(`room-set-${n}`)) n++;
  const id = `room-set-${n}`;
  const set: RoomSet = { id, name: { fr: name.fr.trim(), en: name.en.trim() }, items: [] };
  return { layout: { ...layout, sets: [...layout.sets, set] }, id };
}

export function removeRoomSet(layout: StoreLayout, setId: string): StoreLayout {
  return { ...layout, sets: layout.sets.filter((s) => s.id !== setId) };
}

/**
 * Puts a product in a set, standing on the floor at (x, z) snapped to the plan's grid; its item
 * id is the product's, numbered when the set already shows that product.
 * @example addSetItem(layout, 'living-room', 'lamp-phare', -15, -18) // {layout, itemId: 'lamp-phare'}
 */
export function addSetItem(layout: StoreLayout, setId: string, productId: string, x: number, z: number): { layout: StoreLayout; itemId: string } {
  const set = layout.sets.find((s) => s.id === setId);
  if (!set) return { layout, itemId: '' };
  const itemId = freshName(new Set(set.items.map((it) => it.id)), productId);
  const item: SetItem = { id: itemId, productId, x: round(snap(x)), z: round(snap(z)), rotYDeg: 0 };
  return { layout: withSet(layout, setId, (s) => ({ ...s, items: [...s.items, item] })), itemId };
}

/**
 * Moves an item so it stands at (x, z), snapped; what stands on it (a lamp on its side table)
 * moves with it.
 * @example moveSetItem(layout, 'living-room', 'side-table', -17.5, -19) // the table lamp follows
 */
export function moveSetItem(layout: StoreLayout, setId: string, itemId: string, x: number, z: number): StoreLayout {
  const set = layout.sets.find((s) => s.id === setId);
  const item = set?.items.find((it) => it.id === itemId);
  if (!set || !item) return layout;
  const dx = round(snap(x)) - item.x;
  const dz = round(snap(z)) - item.z;
  const carried = new Set([itemId]);
  // `on` names an item listed before, so one pass in order finds everything stacked on it.
  for (const it of set.items) if (it.on && carried.has(it.on)) carried.add(it.id);
  return withSet(layout, setId, (s) => ({
    ...s,
    items: s.items.map((it) => (carried.has(it.id) ? { ...it, x: round(it.x + dx), z: round(it.z + dz) } : it)),
  }));
}

/** Turns an item by a quarter turn counter-clockwise seen from above, as fixtures turn. */
export function rotateSetItem(layout: StoreLayout, setId: string, itemId: string): StoreLayout {
  return withItem(layout, setId, itemId, (it) => ({ ...it, rotYDeg: (((it.rotYDeg + 90) % 360) + 360) % 360 }));
}

/** Takes an item out of its set, with whatever stood on it (it would float in mid-air). */
export function removeSetItem(layout: StoreLayout, setId: string, itemId: string): StoreLayout {
  return withSet(layout, setId, (s) => {
    const gone = new Set([itemId]);
    for (const it of s.items) if (it.on && gone.has(it.on)) gone.add(it.id);
    return { ...s, items: s.items.filter((it) => !gone.has(it.id)) };
  });
}

/** One product of one room set, as the editor selects it. */
export interface SetItemRef {
  setId: string;
  itemId: string;
}

export const findSetItem = (layout: StoreLayout, ref: SetItemRef | null): { set: RoomSet; item: SetItem } | undefined => {
  const set = ref ? layout.sets.find((s) => s.id === ref.setId) : undefined;
  const item = set?.items.find((it) => it.id === ref?.itemId);
  return set && item ? { set, item } : undefined;
};
