import type { DisplayKind, StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

const DEG = Math.PI / 180;

/**
 * A line (or a pallet) where products of some kinds stand side by side: one side of one level of
 * a rack, one row of a wall display, one pile. Lanes are plain data; placement fills them.
 */
export interface Lane {
  fixtureId: string;
  /** Fill priority of the level (0 = stocked first). */
  priority: number;
  kind: 'line' | 'pile';
  holds: readonly DisplayKind[];
  /** Fixture centre and turn: local x runs along the lane. */
  cx: number;
  cz: number;
  rotY: number;
  /** Local z of the line (the middle of this side's depth, or the wall panel for wall rows). */
  lz: number;
  /** Products on this lane face local +z (front) or -z (back). */
  facing: 1 | -1;
  /** Height products stand on (wall rows: the row's centre). */
  y: number;
  clear: number;
  /** Usable length along local x, centred on the fixture. */
  length: number;
  /** Deepest product the lane takes (piles: the pallet's depth). */
  maxDepth: number;
  gap: number;
  /** Piles only: pallet width. */
  width?: number;
}

/** Keeps products from touching the uprights at both ends. */
export const LANE_END_MARGIN = 0.08;
/** A product may overhang its half of a rack by this much. */
export const OVERHANG = 0.12;

/**
 * Every lane of the layout, in fill order: fixtures in layout order, then each fixture's sides
 * (back first, so that consecutive lanes face the same aisle when racks are listed left to
 * right), then levels by priority.
 *
 * @example fixtureLanes(layout).filter((l) => l.holds.includes('floor'))
 */
export function fixtureLanes(layout: StoreLayout): Lane[] {
  const lanes: Lane[] = [];
  for (const f of layout.fixtures) {
    const rotY = (f.type === 'partition' ? 0 : f.rotYDeg) * DEG;
    if (f.type === 'shelving') {
      const sides: Array<1 | -1> = f.doubleSided ? [-1, 1] : [1];
      const half = f.doubleSided ? f.depth / 2 : f.depth;
      for (const facing of sides) {
        f.levels.forEach((lv, priority) => {
          lanes.push({
            fixtureId: f.id, priority, kind: 'line', holds: f.holds, cx: f.x, cz: f.z, rotY,
            lz: f.doubleSided ? (facing * half) / 2 : 0, facing, y: lv.y, clear: lv.clear,
            length: f.length - 2 * LANE_END_MARGIN, maxDepth: half + OVERHANG, gap: f.gap,
          });
        });
      }
    } else if (f.type === 'wallDisplay') {
      f.rows.forEach((row, priority) => {
        lanes.push({
          fixtureId: f.id, priority, kind: 'line', holds: f.holds, cx: f.x, cz: f.z, rotY, lz: 0, facing: 1,
          y: row.y, clear: row.clear, length: f.length - 2 * LANE_END_MARGIN, maxDepth: 0.6, gap: f.gap,
        });
      });
    } else if (f.type === 'table') {
      lanes.push({
        fixtureId: f.id, priority: 0, kind: 'line', holds: f.holds, cx: f.x, cz: f.z, rotY, lz: 0, facing: 1,
        y: f.h, clear: 1.2, length: f.w - 2 * LANE_END_MARGIN, maxDepth: f.d, gap: f.gap,
      });
    } else if (f.type === 'pile') {
      lanes.push({
        fixtureId: f.id, priority: 0, kind: 'pile', holds: f.holds, cx: f.x, cz: f.z, rotY, lz: 0, facing: 1,
        y: f.base, clear: f.maxHeight, length: f.w, width: f.w, maxDepth: f.d, gap: 0,
      });
    }
  }
  return lanes;
}

/**
 * World position of a point given along a lane (`u` from the lane's start) at local depth `lz`.
 * @example laneToWorld(lane, 0.5) // { x, z } half a metre along the lane
 */
export function laneToWorld(lane: Lane, u: number): { x: number; z: number } {
  const lx = -lane.length / 2 + u;
  const s = Math.sin(lane.rotY);
  const c = Math.cos(lane.rotY);
  // Rotation about +y: (x, z) -> (c x + s z, -s x + c z).
  return { x: lane.cx + c * lx + s * lane.lz, z: lane.cz - s * lx + c * lane.lz };
}

/**
 * A point in the aisle a lane faces, one metre in front of it: used to stock the aisles nearest
 * the entrance first.
 * @example laneAislePoint(lane) // { x, z }
 */
export function laneAislePoint(lane: Lane): { x: number; z: number } {
  const s = Math.sin(lane.rotY);
  const c = Math.cos(lane.rotY);
  const out = lane.lz + lane.facing * (lane.kind === 'pile' ? 0 : 1 + lane.maxDepth / 2);
  return { x: lane.cx + s * out, z: lane.cz + c * out };
}
