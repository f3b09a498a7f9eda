import type { BufferGeometry } from 'three';
import { lathe } from './parts';

/**
 * A thin-walled surface of revolution (lamp shade, glass vase): the outer profile up, then the
 * same profile `wall` thinner back down, so the wall has two faces and reads from inside too
 * (USDZ has no double-sided materials).
 *
 * @example shell([[0.2, 0], [0.15, 0.3]], 0.003) // an open shade 30 cm tall
 */
export function shell(outer: ReadonlyArray<readonly [number, number]>, wall: number, segments = 48): BufferGeometry {
  const first = outer[0];
  if (!first) throw new Error('shell: the outer profile has no points');
  const inner = [...outer].reverse().map(([r, y]) => [Math.max(r - wall, 0), y] as const);
  return lathe([...outer, ...inner, first], segments);
}

/**
 * Pleats a lathe-made shade: pulls vertices in by up to `depth` between folds, like folded
 * fabric; the outer radius is unchanged. Use a count divisible by 4 and segments = 4 * count.
 * @example pleat(shell(profile, 0.003, 144), 36, 0.008)
 */
export function pleat(g: BufferGeometry, count: number, depth: number): BufferGeometry {
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const z = pos.getZ(i);
    const r = Math.hypot(x, z);
    if (r < 1e-6) continue;
    const a = Math.atan2(z, x);
    // Folds peak on the axes (cos), so the outer radius is reached exactly where bounds are measured.
    const k = 1 + (depth * Math.abs(Math.cos((a * count) / 2))) / r - depth / r;
    pos.setXYZ(i, x * k, pos.getY(i), z * k);
  }
  g.computeVertexNormals();
  return g;
}
