import { footprint, itemBox, type PlacedItem } from './placed-item';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

const DEG = Math.PI / 180;

/**
 * Where a person can stand, as a grid over the store's floor: a cell is blocked when its centre is
 * closer than the body radius to a wall, a fixture or a piece of furniture standing on the floor.
 * Built once from the layout and the placement; every query is a few array reads.
 */
export interface CollisionGrid {
  minX: number;
  minZ: number;
  cell: number;
  cols: number;
  rows: number;
  /** 1 = blocked. Row-major, row = z index. */
  blocked: Uint8Array;
  radius: number;
}

export interface GridOptions {
  /** Cell size in metres. */
  cell?: number;
  /** Body radius: how close to an obstacle the centre of a person may come. */
  radius?: number;
}

/** Items lower than this (rugs, a fallen print) are walked over. */
const STEP_OVER = 0.2;

/**
 * @example const grid = buildCollisionGrid(layout, placement.items); isWalkable(grid, 0, -2.5) // true
 */
export function buildCollisionGrid(layout: StoreLayout, items: readonly PlacedItem[], opts: GridOptions = {}): CollisionGrid {
  const cell = opts.cell ?? 0.2;
  const radius = opts.radius ?? 0.3;
  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const cols = Math.ceil((maxX - minX) / cell);
  const rows = Math.ceil((maxZ - minZ) / cell);
  const g: CollisionGrid = { minX, minZ, cell, cols, rows, blocked: new Uint8Array(cols * rows), radius };

  // The border of the bounds is out of reach.
  stampRect(g, [minX - 1, minZ - 1, maxX + 1, minZ], 0, radius);
  stampRect(g, [minX - 1, maxZ, maxX + 1, maxZ + 1], 0, radius);
  stampRect(g, [minX - 1, minZ, minX, maxZ], 0, radius);
  stampRect(g, [maxX, minZ, maxX + 1, maxZ], 0, radius);

  for (const w of layout.walls) stampSegment(g, w.from, w.to, w.thickness / 2 + radius);
  for (const f of layout.fixtures) {
    switch (f.type) {
      case 'partition':
        stampSegment(g, f.from, f.to, f.thickness / 2 + radius);
        break;
      case 'shelving':
        stampBox(g, f.x, f.z, f.length / 2, f.depth / 2, f.rotYDeg * DEG, radius);
        break;
      case 'wallDisplay':
        stampBox(g, f.x, f.z, f.length / 2, 0.15, f.rotYDeg * DEG, radius);
        break;
      case 'pile':
      case 'table':
        stampBox(g, f.x, f.z, f.w / 2, f.d / 2, f.rotYDeg * DEG, radius);
        break;
      case 'counter':
        stampBox(g, f.x, f.z, f.w / 2, f.d / 2, f.rotYDeg * DEG, radius);
        break;
      case 'podium':
        stampCircle(g, f.x, f.z, f.radius + radius);
        break;
    }
  }
  for (const it of items) {
    if (it.source === 'shelf' || it.kind === 'wall') continue;
    if (it.y + it.size.h < STEP_OVER) continue;
    const b = itemBox(it);
    stampBox(g, b.cx, b.cz, b.hx, b.hz, b.rotY, radius);
  }
  return g;
}

/** @example isWalkable(grid, 0, -2.5) */
export function isWalkable(g: CollisionGrid, x: number, z: number): boolean {
  const c = Math.floor((x - g.minX) / g.cell);
  const r = Math.floor((z - g.minZ) / g.cell);
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return false;
  return g.blocked[r * g.cols + c] === 0;
}

/**
 * Moves from (x, z) by (dx, dz) as far as the grid allows, sliding along obstacles instead of
 * stopping dead, in sub-steps so a fast step cannot tunnel through a thin wall.
 * Writes the result into `out` (no allocation per frame).
 *
 * @example moveWithCollisions(grid, 0, -2.5, 0, -0.1, out) // out = { x: 0, z: -2.6 }
 */
export function moveWithCollisions(g: CollisionGrid, x: number, z: number, dx: number, dz: number, out: { x: number; z: number }): { x: number; z: number } {
  const dist = Math.hypot(dx, dz);
  const steps = Math.max(1, Math.ceil(dist / (g.cell * 0.5)));
  const sx = dx / steps;
  const sz = dz / steps;
  let cx = x;
  let cz = z;
  for (let i = 0; i < steps; i++) {
    if (isWalkable(g, cx + sx, cz + sz)) {
      cx += sx;
      cz += sz;
    } else if (sx !== 0 && isWalkable(g, cx + sx, cz)) {
      cx += sx;
    } else if (sz !== 0 && isWalkable(g, cx, cz + sz)) {
      cz += sz;
    } else break;
  }
  out.x = cx;
  out.z = cz;
  return out;
}

/**
 * The walkable cell centre nearest to (x, z) within `maxDist`, or null: where a click or a
 * teleport on a shelf's foot lands instead.
 *
 * @example nearestWalkable(grid, 3, -46, 2) // a point in the aisle beside rack 5
 */
export function nearestWalkable(g: CollisionGrid, x: number, z: number, maxDist = 1.5): { x: number; z: number } | null {
  if (isWalkable(g, x, z)) return { x, z };
  const c0 = Math.floor((x - g.minX) / g.cell);
  const r0 = Math.floor((z - g.minZ) / g.cell);
  const reach = Math.ceil(maxDist / g.cell);
  let best: { x: number; z: number } | null = null;
  let bestD = Infinity;
  for (let r = r0 - reach; r <= r0 + reach; r++) {
    for (let c = c0 - reach; c <= c0 + reach; c++) {
      if (c < 0 || r < 0 || c >= g.cols || r >= g.rows || g.blocked[r * g.cols + c]) continue;
      const px = g.minX + (c + 0.5) * g.cell;
      const pz = g.minZ + (r + 0.5) * g.cell;
      const d = Math.hypot(px - x, pz - z);
      if (d < bestD && d <= maxDist) {
        bestD = d;
        best = { x: px, z: pz };
      }
    }
  }
  return best;
}

function stampRect(g: CollisionGrid, [x0, z0, x1, z1]: [number, number, number, number], _rot: number, radius: number) {
  forCells(g, x0 - radius, z0 - radius, x1 + radius, z1 + radius, () => true);
}

/** Blocks cells whose centre is within `reach` of the segment a-b (walls and partitions). */
function stampSegment(g: CollisionGrid, a: readonly [number, number], b: readonly [number, number], reach: number) {
  const [ax, az] = a;
  const [bx, bz] = b;
  const vx = bx - ax;
  const vz = bz - az;
  const len2 = vx * vx + vz * vz || 1;
  forCells(g, Math.min(ax, bx) - reach, Math.min(az, bz) - reach, Math.max(ax, bx) + reach, Math.max(az, bz) + reach, (px, pz) => {
    const t = Math.max(0, Math.min(1, ((px - ax) * vx + (pz - az) * vz) / len2));
    return Math.hypot(px - (ax + t * vx), pz - (az + t * vz)) <= reach;
  });
}

/** Blocks cells whose centre is within `radius` of an oriented rectangle. */
function stampBox(g: CollisionGrid, cx: number, cz: number, hx: number, hz: number, rotY: number, radius: number) {
  const s = Math.sin(rotY);
  const c = Math.cos(rotY);
  const [x0, z0, x1, z1] = footprint({ cx, cy: 0, cz, hx, hy: 0, hz, rotY });
  forCells(g, x0 - radius, z0 - radius, x1 + radius, z1 + radius, (px, pz) => {
    // Into the box's own axes (inverse of the rotation used in fixture-lanes.ts).
    const dx = px - cx;
    const dz = pz - cz;
    const lx = c * dx - s * dz;
    const lz = s * dx + c * dz;
    const ox = Math.max(0, Math.abs(lx) - hx);
    const oz = Math.max(0, Math.abs(lz) - hz);
    return ox * ox + oz * oz <= radius * radius;
  });
}

function stampCircle(g: CollisionGrid, cx: number, cz: number, r: number) {
  forCells(g, cx - r, cz - r, cx + r, cz + r, (px, pz) => Math.hypot(px - cx, pz - cz) <= r);
}

function forCells(g: CollisionGrid, x0: number, z0: number, x1: number, z1: number, inside: (px: number, pz: number) => boolean) {
  const c0 = Math.max(0, Math.floor((x0 - g.minX) / g.cell));
  const c1 = Math.min(g.cols - 1, Math.floor((x1 - g.minX) / g.cell));
  const r0 = Math.max(0, Math.floor((z0 - g.minZ) / g.cell));
  const r1 = Math.min(g.rows - 1, Math.floor((z1 - g.minZ) / g.cell));
  for (let r = r0; r <= r1; r++) {
    const pz = g.minZ + (r + 0.5) * g.cell;
    for (let c = c0; c <= c1; c++) {
      const px = g.minX + (c + 0.5) * g.cell;
      if (inside(px, pz)) g.blocked[r * g.cols + c] = 1;
    }
  }
}
