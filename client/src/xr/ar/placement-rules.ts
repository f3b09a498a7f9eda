import type { Placement } from '../../../../shared/catalogue/product';

/**
 * Which surfaces take which products: floor and table items go on upward-facing surfaces,
 * wall items on vertical ones. `normalY` is the y of the hit's unit surface normal.
 *
 * @example surfaceFits('wall', 0.02) // true
 */
export function surfaceFits(placement: Placement, normalY: number): boolean {
  return placement === 'wall' ? Math.abs(normalY) < 0.3 : normalY > 0.85;
}

/**
 * Turn (around the vertical) for a newly placed item: floor and table items face the viewer,
 * wall items face out of the wall.
 *
 * @example facingYaw('floor', hit, normal, camera) // radians
 */
export function facingYaw(placement: Placement, at: { x: number; z: number }, normal: { x: number; z: number }, viewer: { x: number; z: number }): number {
  if (placement === 'wall') return Math.atan2(normal.x, normal.z);
  return Math.atan2(viewer.x - at.x, viewer.z - at.z);
}
