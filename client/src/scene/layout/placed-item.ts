import type { Dimensions } from '../../../../shared/catalogue/product';
import type { DisplayKind } from '../../../../shared/store-layout/store-layout-schema';

/** One product instance standing somewhere in the store. Plain data: no three.js objects. */
export interface PlacedItem {
  /** Index in the placement's `items` array (the instance id used by the renderers). */
  index: number;
  /** Stable across reloads for the same layout and item count, e.g. `rack-3/front/0/5` or `living-room/sofa`. */
  key: string;
  productId: string;
  variantId: string | null;
  kind: DisplayKind;
  /** Position of the model's origin (see store-layout-schema.ts for the origin conventions). */
  x: number;
  y: number;
  z: number;
  /** Radians about +y. */
  rotY: number;
  size: Dimensions;
  /** The fixture, podium or room set it belongs to. */
  holderId: string;
  source: 'shelf' | 'set' | 'podium';
}

/** An oriented box: centre, half extents in the item's own axes, rotation about +y. */
export interface ItemBox {
  cx: number;
  cy: number;
  cz: number;
  hx: number;
  hy: number;
  hz: number;
  rotY: number;
}

/**
 * The oriented bounding box of a placed item, from its catalogue size and origin convention.
 * @example itemBox({ x: 0, y: 0, z: 0, rotY: 0, kind: 'floor', size: { w: 2, h: 1, d: 1 } }).cy // 0.5
 */
export function itemBox(it: Pick<PlacedItem, 'x' | 'y' | 'z' | 'rotY' | 'kind' | 'size'>): ItemBox {
  const { w, h, d } = it.size;
  const wall = it.kind === 'wall';
  // Local centre: wall items extend from their back (z = 0) towards +z around y = 0.
  const lz = wall ? d / 2 : 0;
  const ly = wall ? 0 : h / 2;
  const s = Math.sin(it.rotY);
  const c = Math.cos(it.rotY);
  return { cx: it.x + s * lz, cy: it.y + ly, cz: it.z + c * lz, hx: w / 2, hy: h / 2, hz: d / 2, rotY: it.rotY };
}

/**
 * The footprint of a box on the floor as an axis-aligned rectangle [minX, minZ, maxX, maxZ].
 * @example footprint(itemBox(item))
 */
export function footprint(b: ItemBox): [number, number, number, number] {
  const s = Math.abs(Math.sin(b.rotY));
  const c = Math.abs(Math.cos(b.rotY));
  const ex = c * b.hx + s * b.hz;
  const ez = s * b.hx + c * b.hz;
  return [b.cx - ex, b.cz - ez, b.cx + ex, b.cz + ez];
}
