import { describe, expect, it } from 'vitest';
import { facingYaw, surfaceFits } from './placement-rules';

describe('AR placement rules', () => {
  it('puts floor and table items on upward surfaces only', () => {
    expect(surfaceFits('floor', 1)).toBe(true);
    expect(surfaceFits('table', 0.95)).toBe(true);
    expect(surfaceFits('floor', 0)).toBe(false);
  });
  it('puts wall items on vertical surfaces only', () => {
    expect(surfaceFits('wall', 0)).toBe(true);
    expect(surfaceFits('wall', 1)).toBe(false);
  });
  it('turns a floor item to face the viewer and a wall item out of its wall', () => {
    expect(facingYaw('floor', { x: 0, z: -2 }, { x: 0, z: 0 }, { x: 0, z: 0 })).toBeCloseTo(0);
    expect(facingYaw('wall', { x: 0, z: -2 }, { x: -1, z: 0 }, { x: 0, z: 0 })).toBeCloseTo(-Math.PI / 2);
  });
});
