import type { ItemBox } from './placed-item';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

const DEG = Math.PI / 180;

/**
 * Solid parts of the store that a pointing ray cannot pass through (walls, partitions, counters,
 * the back panels of gondolas and wall displays): a product behind them cannot be picked.
 * Racks are open frames and do not block.
 *
 * @example occluderBoxes(layout).length
 */
export function occluderBoxes(layout: StoreLayout): ItemBox[] {
  const out: ItemBox[] = [];
  const segment = (a: readonly [number, number], b: readonly [number, number], h: number, t: number, glass: boolean) => {
    if (glass) return;
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const len = Math.hypot(dx, dz);
    // A box whose local x runs along the segment: rotation about +y maps local +x to (cos, -sin).
    out.push({ cx: (a[0] + b[0]) / 2, cy: h / 2, cz: (a[1] + b[1]) / 2, hx: len / 2, hy: h / 2, hz: t / 2, rotY: Math.atan2(-dz, dx) });
  };
  for (const w of layout.walls) segment(w.from, w.to, w.height, w.thickness, w.finish === 'glass');
  for (const f of layout.fixtures) {
    if (f.type === 'partition') segment(f.from, f.to, f.height, f.thickness, false);
    else if (f.type === 'counter') out.push({ cx: f.x, cy: f.h / 2, cz: f.z, hx: f.w / 2, hy: f.h / 2, hz: f.d / 2, rotY: f.rotYDeg * DEG });
    else if (f.type === 'shelving' && f.style === 'gondola') out.push({ cx: f.x, cy: f.height / 2, cz: f.z, hx: f.length / 2, hy: f.height / 2, hz: 0.02, rotY: f.rotYDeg * DEG });
    else if (f.type === 'wallDisplay') {
      // Just behind the panel face, so the products hung on it stay in front.
      const r = f.rotYDeg * DEG;
      out.push({ cx: f.x - Math.sin(r) * 0.05, cy: f.height / 2, cz: f.z - Math.cos(r) * 0.05, hx: f.length / 2, hy: f.height / 2, hz: 0.02, rotY: r });
    }
  }
  return out;
}
