import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PERSONAL_SPACE_M, stepAside } from './step-aside';

describe('stepAside', () => {
  it('stays put when nobody is too close', () => {
    expect(stepAside({ x: 0, z: 0, yaw: 0 }, [])).toBeNull();
    expect(stepAside({ x: 0, z: 0, yaw: 0 }, [{ x: 0.7, z: 0 }])).toBeNull();
  });

  it('steps a conversation distance ahead and turns round to face the person arrived on', () => {
    // Facing -z (yaw 0): ahead is -z; facing back towards +z is yaw pi.
    const a = stepAside({ x: 0, z: 0, yaw: 0 }, [{ x: 0, z: 0.1 }])!;
    expect(a.x).toBeCloseTo(0);
    expect(a.z).toBeCloseTo(-1.5);
    expect(Math.abs(a.yaw)).toBeCloseTo(Math.PI, 1);
    // Facing +x (yaw -pi/2): ahead is +x, then facing -x is yaw pi/2.
    const b = stepAside({ x: 5, z: 5, yaw: -Math.PI / 2 }, [{ x: 5, z: 5 }])!;
    expect(b.x).toBeCloseTo(6.5);
    expect(b.z).toBeCloseTo(5);
    expect(b.yaw).toBeCloseTo(Math.PI / 2);
    // Someone already stands there: a little to the right of it.
    const c = stepAside({ x: 0, z: 0, yaw: 0 }, [{ x: 0, z: 0 }, { x: 0, z: -1.5 }])!;
    expect(c.x).toBeCloseTo(0.9);
    expect(c.z).toBeCloseTo(-1.5);
  });

  it('always lands clear of everybody, within 2.7 m, when it moves', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.double({ min: -20, max: 20, noNaN: true }), z: fc.double({ min: -20, max: 20, noNaN: true }), yaw: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }) }),
        fc.array(fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), z: fc.double({ min: -3, max: 3, noNaN: true }) }), { maxLength: 6 }),
        (me, around) => {
          const others = around.map((o) => ({ x: me.x + o.x, z: me.z + o.z }));
          const spot = stepAside(me, others);
          if (!spot) return;
          for (const o of others) expect(Math.hypot(o.x - spot.x, o.z - spot.z)).toBeGreaterThanOrEqual(PERSONAL_SPACE_M);
          // Facing someone: the nearest person is straight ahead.
          const n = others.reduce((a, b) => (Math.hypot(b.x - me.x, b.z - me.z) < Math.hypot(a.x - me.x, a.z - me.z) ? b : a));
          const d = Math.hypot(n.x - spot.x, n.z - spot.z);
          expect(-Math.sin(spot.yaw) * d).toBeCloseTo(n.x - spot.x, 6);
          expect(-Math.cos(spot.yaw) * d).toBeCloseTo(n.z - spot.z, 6);
          expect(Math.hypot(spot.x - me.x, spot.z - me.z)).toBeLessThanOrEqual(2.7);
        },
      ),
    );
  });
});
