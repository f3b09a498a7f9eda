import type { SetItem } from './store-layout-schema';
import type { Footprint } from './fixture-footprint';

const DEG = Math.PI / 180;
const UNKNOWN = 0.1;

/** A product's size seen from above, in metres: width along its local x, depth along local z. */
export interface FloorSize {
  w: number;
  d: number;
}

/**
 * The floor a room set's product takes: its width and depth turned by the item's angle, centred
 * on the item (as products stand, assets/README). A product of unknown size counts as a 10 cm
 * square, so it still cannot stand inside a fixture.
 *
 * @example setItemFootprint({ x: -16, z: -19, rotYDeg: 90, ... }, { w: 2.1, d: 0.9 }) // {cx: -16, cz: -19, hx: 1.05, hz: 0.45, rotY: π/2}
 */
export function setItemFootprint(item: Pick<SetItem, 'x' | 'z' | 'rotYDeg'>, size: FloorSize | undefined): Footprint {
  return { cx: item.x, cz: item.z, hx: (size?.w ?? UNKNOWN) / 2, hz: (size?.d ?? UNKNOWN) / 2, rotY: item.rotYDeg * DEG };
}

/** Items on another item (`on`) or hung at a height (`y`) leave the floor free under them. */
export const standsOnFloor = (item: Pick<SetItem, 'on' | 'y'>) => item.on === undefined && item.y === undefined;
