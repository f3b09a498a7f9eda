import { Object3D, Vector3, type Intersection, type Raycaster } from 'three';
import { pickItem, type ItemBoxes, type PickHit } from '../layout/pick-items';

const hit: PickHit = { index: -1, distance: 0 };
const blocker: PickHit = { index: -1, distance: 0 };

/**
 * An invisible object that answers ray casts for every product of the store at once, from the
 * items' boxes (pick-items.ts) rather than their triangles: the same for desktop clicks, touch
 * and headset pointers, whatever level of detail is drawn. Solid walls and panels occlude.
 * Intersections carry the item index as `instanceId`.
 *
 * @example <primitive object={new ItemPickTarget(world.boxes, world.occluders)} onClick={...} />
 */
export class ItemPickTarget extends Object3D {
  /** Items hidden from picking (the one in hand). */
  skip: ((index: number) => boolean) | undefined;

  constructor(
    private readonly boxes: ItemBoxes,
    private readonly occluders: ItemBoxes,
  ) {
    super();
    this.name = 'item-pick-target';
  }

  override raycast(raycaster: Raycaster, intersects: Intersection[]): void {
    const { origin, direction } = raycaster.ray;
    const far = Math.min(raycaster.far, 60);
    const found = pickItem(this.boxes, origin.x, origin.y, origin.z, direction.x, direction.y, direction.z, far, hit, this.skip);
    if (!found || found.distance < raycaster.near) return;
    if (pickItem(this.occluders, origin.x, origin.y, origin.z, direction.x, direction.y, direction.z, found.distance, blocker)) return;
    const point = new Vector3().copy(direction).multiplyScalar(found.distance).add(origin);
    intersects.push({
      distance: found.distance,
      point,
      object: this,
      instanceId: found.index,
      normal: new Vector3().copy(direction).negate(),
      face: null,
    } as Intersection);
  }
}
