import { itemBox, type ItemBox, type PlacedItem } from './placed-item';

/** Floats per box in {@link ItemBoxes}: cx, cy, cz, hx, hy, hz, sin(rotY), cos(rotY). */
export const BOX_STRIDE = 8;

/** Every placed item's oriented box, packed for fast ray tests. */
export type ItemBoxes = Float32Array;

/**
 * Packs the boxes of placed items (one pass at load, none per frame).
 * @example const boxes = packItemBoxes(placement.items)
 */
export function packItemBoxes(items: readonly PlacedItem[], pad = 0.01): ItemBoxes {
  return packBoxes(items.map(itemBox), pad);
}

/** @example packBoxes([{ cx: 0, cy: 1, cz: 0, hx: 1, hy: 1, hz: 0.1, rotY: 0 }]) */
export function packBoxes(boxes: readonly ItemBox[], pad = 0): ItemBoxes {
  const out = new Float32Array(boxes.length * BOX_STRIDE);
  boxes.forEach((b, i) => {
    out.set([b.cx, b.cy, b.cz, b.hx + pad, b.hy + pad, b.hz + pad, Math.sin(b.rotY), Math.cos(b.rotY)], i * BOX_STRIDE);
  });
  return out;
}

export interface PickHit {
  index: number;
  distance: number;
}

/**
 * The nearest item box hit by a ray (direction need not be normalised; distances are in units of
 * its length), or null. Skips hidden items (`skip(i)` true). About 1,000 boxes per 0.05 ms: cheap
 * enough for every pointer move, and independent of how products are drawn.
 *
 * @example pickItem(boxes, cam.x, cam.y, cam.z, dir.x, dir.y, dir.z, 30, hit)?.index
 */
export function pickItem(
  boxes: ItemBoxes,
  ox: number, oy: number, oz: number,
  dx: number, dy: number, dz: number,
  maxDistance: number,
  out: PickHit = { index: -1, distance: 0 },
  skip?: (index: number) => boolean,
): PickHit | null {
  let best = maxDistance;
  let bestIndex = -1;
  const n = boxes.length / BOX_STRIDE;
  for (let i = 0; i < n; i++) {
    // i < n = boxes.length / BOX_STRIDE, so o + 0 … o + 7 are within the boxes.
    const o = i * BOX_STRIDE;
    const px = ox - boxes[o]!;
    const py = oy - boxes[o + 1]!;
    const pz = oz - boxes[o + 2]!;
    const s = boxes[o + 6]!;
    const c = boxes[o + 7]!;
    // Ray into the box's own axes: inverse rotation about y.
    const lox = c * px - s * pz;
    const loz = s * px + c * pz;
    const ldx = c * dx - s * dz;
    const ldz = s * dx + c * dz;
    const t = slab(lox, py, loz, ldx, dy, ldz, boxes[o + 3]!, boxes[o + 4]!, boxes[o + 5]!);
    if (t >= 0 && t < best && !(skip?.(i))) {
      best = t;
      bestIndex = i;
    }
  }
  if (bestIndex === -1) return null;
  out.index = bestIndex;
  out.distance = best;
  return out;
}

/** Entry distance of a ray into an axis-aligned box centred at the origin, or -1. Unrolled: no allocation. */
function slab(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, hx: number, hy: number, hz: number): number {
  let tmin = -Infinity;
  let tmax = Infinity;
  if (Math.abs(dx) < 1e-12) {
    if (ox < -hx || ox > hx) return -1;
  } else {
    const a = (-hx - ox) / dx;
    const b = (hx - ox) / dx;
    tmin = Math.max(tmin, Math.min(a, b));
    tmax = Math.min(tmax, Math.max(a, b));
  }
  if (Math.abs(dy) < 1e-12) {
    if (oy < -hy || oy > hy) return -1;
  } else {
    const a = (-hy - oy) / dy;
    const b = (hy - oy) / dy;
    tmin = Math.max(tmin, Math.min(a, b));
    tmax = Math.min(tmax, Math.max(a, b));
  }
  if (Math.abs(dz) < 1e-12) {
    if (oz < -hz || oz > hz) return -1;
  } else {
    const a = (-hz - oz) / dz;
    const b = (hz - oz) / dz;
    tmin = Math.max(tmin, Math.min(a, b));
    tmax = Math.min(tmax, Math.max(a, b));
  }
  if (tmin > tmax || tmax < 0) return -1;
  return Math.max(tmin, 0);
}
