import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAvatarPose, readPoseTuple, yawOf } from './pose';
import { PoseMessageSchema, ROOM_LIMITS } from './protocol';

describe('pose reading (the room drops what a tracker could never send)', () => {
  it('accepts a head and normalises a nearly-unit quaternion', () => {
    const p = readPoseTuple([1, 1.6, -2, 0, 0.6, 0, 0.805])!;
    expect(p).toMatchObject({ x: 1, y: 1.6, z: -2 });
    expect(Math.hypot(p.qx, p.qy, p.qz, p.qw)).toBeCloseTo(1, 12);
  });

  it('drops NaN, infinities, huge coordinates, wrong lengths and non-rotations', () => {
    expect(readPoseTuple([NaN, 0, 0, 0, 0, 0, 1])).toBeUndefined();
    expect(readPoseTuple([0, Infinity, 0, 0, 0, 0, 1])).toBeUndefined();
    expect(readPoseTuple([ROOM_LIMITS.worldExtentM + 1, 0, 0, 0, 0, 0, 1])).toBeUndefined();
    expect(readPoseTuple([0, 0, 0, 0, 0, 0])).toBeUndefined();
    expect(readPoseTuple([0, 0, 0, 0, 0, 0, 0])).toBeUndefined();
    expect(readPoseTuple([0, 0, 0, 2, 0, 0, 0])).toBeUndefined();
  });

  it('drops the whole message when one hand is bad', () => {
    expect(readAvatarPose({ h: [0, 1.6, 0, 0, 0, 0, 1], l: [0, 1, 0, 0, 0, 0, 1e6] })).toBeUndefined();
    expect(readAvatarPose({ h: [0, 1.6, 0, 0, 0, 0, 1], r: [0, 1, 0, 0, 0, 0, 1] })?.right?.qw).toBe(1);
  });

  it('never throws and never lets a non-finite value through, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const shape = PoseMessageSchema.safeParse(raw);
        if (!shape.success) return true;
        const p = readAvatarPose(shape.data);
        if (!p) return true;
        return [p.head, p.left, p.right].every((q) => !q || Object.values(q).every(Number.isFinite));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the heading about +y of a rotation (yaw 0 faces -z)', () => {
    const a = Math.PI / 3;
    expect(yawOf({ qx: 0, qy: Math.sin(a / 2), qz: 0, qw: Math.cos(a / 2) })).toBeCloseTo(a, 6);
    expect(yawOf({ qx: 0, qy: 0, qz: 0, qw: 1 })).toBeCloseTo(0, 6);
  });
});
