import { describe, expect, it } from 'vitest';
import { buildCollisionGrid, isWalkable } from '../../scene/layout/collision-grid';
import { packBoxes } from '../../scene/layout/pick-items';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { ARC_POINTS, teleportArc } from './teleport-arc';

const hall: StoreLayout = {
  version: 1, name: { fr: 'x', en: 'x' }, bounds: [-20, -40, 20, 0], ceilingHeight: 5, spawn: { x: 0, z: -1, yawDeg: 0 },
  defaultItems: 1, categoryOrder: ['sofas'], floors: [], sets: [], signs: [], ceilingLights: { spacingX: 4, spacingZ: 4, w: 1, d: 0.2 },
  walls: [{ from: [-20, -40], to: [20, -40], height: 5, thickness: 0.3, finish: 'plaster' }],
  fixtures: [{ id: 'rack', type: 'shelving', style: 'rack', x: 5, z: -10, rotYDeg: 0, length: 4, depth: 2, height: 3, doubleSided: true, levels: [{ y: 0.1, clear: 2 }], holds: ['floor'], gap: 0.1 }],
};
const grid = buildCollisionGrid(hall, []);
const noOccluders = packBoxes([]);
const buffer = new Float32Array(ARC_POINTS * 3);

describe('teleport arc (parabolic pointer)', () => {
  it('lands straight ahead, further when aimed higher, up to about 15 m', () => {
    const low = teleportArc(0, 1.3, -1, 0, -0.2, -1, grid, noOccluders, buffer).landing!;
    const high = teleportArc(0, 1.3, -1, 0, 1, -1, grid, noOccluders, buffer).landing!;
    expect(low.x).toBeCloseTo(0, 1);
    expect(low.z).toBeLessThan(-1);
    expect(high.z).toBeLessThan(low.z);
    expect(high.z).toBeGreaterThan(-20);
    expect(high.z).toBeLessThan(-13);
  });

  it('never lands anywhere a person cannot stand (on a rack, in a wall, outside)', () => {
    let landed = 0;
    let refused = 0;
    for (let yaw = -1; yaw <= 1; yaw += 0.1) {
      for (let pitch = -0.8; pitch <= 0.9; pitch += 0.1) {
        const r = teleportArc(4, 1.3, -2, Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch), grid, noOccluders, buffer);
        if (!r.landing) refused++;
        else {
          landed++;
          expect(isWalkable(grid, r.landing.x, r.landing.z)).toBe(true);
        }
      }
    }
    expect(landed).toBeGreaterThan(100);
    expect(refused, 'aims at the rack are refused').toBeGreaterThan(0);
  });

  it('stops at a wall in the way', () => {
    const wall = packBoxes([{ cx: 0, cy: 2, cz: -4, hx: 10, hy: 2, hz: 0.1, rotY: 0 }]);
    expect(teleportArc(0, 1.3, -1, 0, 0.5, -1, grid, wall, buffer).landing).toBeNull();
  });

  it('writes the arc it drew, ending on the floor', () => {
    const r = teleportArc(0, 1.3, -1, 0, 0, -1, grid, noOccluders, buffer);
    expect(r.count).toBeGreaterThan(2);
    expect(buffer[(r.count - 1) * 3 + 1]).toBe(0);
    expect(buffer[1]).toBeCloseTo(1.3);
  });
});
