import { nearestWalkable, type CollisionGrid } from '../../scene/layout/collision-grid';
import { pickItem, type ItemBoxes } from '../../scene/layout/pick-items';

/** Launch speed of the teleport arc (m/s): about 15 m of reach from hand height at 45°. */
export const ARC_SPEED = 12;
const GRAVITY = 9.8;
const STEP = 0.04;
export const ARC_POINTS = 60;

export interface ArcResult {
  /** Number of points written into the output buffer (x, y, z triples). */
  count: number;
  /** Where the visitor would stand, or null when the arc lands nowhere walkable. */
  landing: { x: number; z: number } | null;
}

/**
 * The parabola of a teleport pointer thrown from the controller: where it meets the floor, moved
 * to the nearest walkable spot (not on a shelf's foot), or null when it hits a wall or panel first
 * or lands out of reach. Pure and allocation-free: writes the arc into `out` for drawing.
 *
 * @example const r = teleportArc(ox, oy, oz, dx, dy, dz, world.grid, world.occluders, buffer)
 */
export function teleportArc(
  ox: number, oy: number, oz: number,
  dx: number, dy: number, dz: number,
  grid: CollisionGrid, occluders: ItemBoxes, out: Float32Array,
): ArcResult {
  const len = Math.hypot(dx, dy, dz) || 1;
  const vx = (dx / len) * ARC_SPEED;
  const vy = (dy / len) * ARC_SPEED;
  const vz = (dz / len) * ARC_SPEED;
  let px = ox;
  let py = oy;
  let pz = oz;
  out[0] = px;
  out[1] = py;
  out[2] = pz;
  for (let i = 1; i < ARC_POINTS && i * 3 + 2 < out.length; i++) {
    const t = i * STEP;
    const nx = ox + vx * t;
    const ny = oy + vy * t - 0.5 * GRAVITY * t * t;
    const nz = oz + vz * t;
    const sx = nx - px;
    const sy = ny - py;
    const sz = nz - pz;
    const segment = Math.hypot(sx, sy, sz);
    // A wall or panel in the way stops the arc there: no teleporting through walls.
    if (pickItem(occluders, px, py, pz, sx / segment, sy / segment, sz / segment, segment)) {
      return { count: i, landing: null };
    }
    if (ny <= 0) {
      const f = py / (py - ny);
      const hx = px + sx * f;
      const hz = pz + sz * f;
      out[i * 3] = hx;
      out[i * 3 + 1] = 0;
      out[i * 3 + 2] = hz;
      return { count: i + 1, landing: nearestWalkable(grid, hx, hz, 0.8) };
    }
    out[i * 3] = nx;
    out[i * 3 + 1] = ny;
    out[i * 3 + 2] = nz;
    px = nx;
    py = ny;
    pz = nz;
  }
  return { count: ARC_POINTS, landing: null };
}
