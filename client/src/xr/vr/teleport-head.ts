import { Vector3, type Camera } from 'three';
import { nearestWalkable } from '../../scene/layout/collision-grid';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import type { StoreWorld } from '../../scene/store-world';

const head = new Vector3();

/**
 * Teleports so that the visitor's head (not the origin of the play space, which may be a step
 * away) ends up above (x, z), on the nearest walkable spot. Returns false when there is none.
 *
 * @example teleportHeadTo(world, xrCamera, 0, -40)
 */
export function teleportHeadTo(world: StoreWorld, xrCamera: Camera, x: number, z: number): boolean {
  const spot = nearestWalkable(world.grid, x, z, 1.2);
  if (!spot) return false;
  const { pose, teleport } = storeNavStore.getState();
  xrCamera.getWorldPosition(head);
  teleport(spot.x + (pose.x - head.x), spot.z + (pose.z - head.z));
  return true;
}
