import { describe, expect, it } from 'vitest';
import { buildCollisionGrid, isWalkable, moveWithCollisions, nearestWalkable } from './collision-grid';
import { findPath, lineIsWalkable } from './find-path';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import type { PlacedItem } from './placed-item';

const room: StoreLayout = {
  version: 1, name: { fr: 'x', en: 'x' }, bounds: [-5, -10, 5, 0], ceilingHeight: 3, spawn: { x: 0, z: -1, yawDeg: 0 },
  defaultItems: 1, categoryOrder: ['sofas'], floors: [], sets: [], signs: [], ceilingLights: { spacingX: 4, spacingZ: 4, w: 1, d: 0.2 },
  walls: [{ from: [-5, -10], to: [5, -10], height: 3, thickness: 0.3, finish: 'plaster' }],
  fixtures: [
    // A shelf across the room with a gap on the right: x from -5 to 2.5, at z = -5.
    { id: 's', type: 'shelving', style: 'rack', x: -1.25, z: -5, rotYDeg: 0, length: 7.5, depth: 1, height: 2, doubleSided: true, levels: [{ y: 0.1, clear: 1.8 }], holds: ['floor'], gap: 0.1 },
  ],
};
const sofa: PlacedItem = {
  index: 0, key: 'set/sofa', productId: 'sofa', variantId: null, kind: 'floor', x: 3.5, y: 0, z: -2, rotY: 0,
  size: { w: 2, h: 0.8, d: 1 }, holderId: 'set', source: 'set',
};
const rug: PlacedItem = { ...sofa, key: 'set/rug', kind: 'rug', x: -3, z: -2, size: { w: 2, h: 0.015, d: 3 } };

describe('collision grid (people stay out of shelves and walls)', () => {
  const grid = buildCollisionGrid(room, [sofa, rug], { cell: 0.1, radius: 0.3 });

  it('blocks shelves, walls and furniture with the body radius around them', () => {
    expect(isWalkable(grid, 0, -5)).toBe(false);
    expect(isWalkable(grid, 0, -5.75)).toBe(false); // 0.25 from the shelf face: closer than the radius
    expect(isWalkable(grid, 0, -5.9)).toBe(true);
    expect(isWalkable(grid, 0, -9.9)).toBe(false); // against the back wall
    expect(isWalkable(grid, 3.5, -2)).toBe(false); // the sofa
    expect(isWalkable(grid, -3, -2)).toBe(true); // a rug is walked over
    expect(isWalkable(grid, 99, 0)).toBe(false); // outside the store
  });

  it('slides along an obstacle instead of stopping', () => {
    const out = { x: 0, z: 0 };
    moveWithCollisions(grid, 0, -4, 0.3, -0.6, out);
    expect(out.z).toBeGreaterThan(-4.3); // could not enter the shelf
    expect(out.x).toBeCloseTo(0.3, 5); // but moved sideways
  });

  it('never tunnels through a shelf, however long the step', () => {
    const out = { x: 0, z: 0 };
    moveWithCollisions(grid, 0, -4, 0, -4, out);
    expect(out.z).toBeGreaterThan(-4.5);
  });

  it('moves a target on an obstacle to the nearest walkable spot', () => {
    const p = nearestWalkable(grid, 0, -5, 2)!;
    expect(isWalkable(grid, p.x, p.z)).toBe(true);
    expect(Math.abs(p.z + 5)).toBeLessThan(1);
  });

  it('finds a way around the shelf through the gap', () => {
    const path = findPath(grid, { x: -3, z: -3 }, { x: -3, z: -8 })!;
    expect(path).not.toBeNull();
    expect(path.some((p) => p.x > 2.5)).toBe(true);
    path.reduce((a, b) => {
      expect(lineIsWalkable(grid, a, b)).toBe(true);
      return b;
    });
    expect(path[path.length - 1]).toEqual({ x: -3, z: -8 });
  });

  it('returns null when the goal is walled off', () => {
    expect(findPath(grid, { x: 0, z: -2 }, { x: 0, z: -20 })).toBeNull();
  });
});
