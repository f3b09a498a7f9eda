import type { Fixture } from './store-layout-schema';

const DEG = Math.PI / 180;

/** The floor a fixture takes seen from above: a rectangle centred on (cx, cz), turned by rotY. */
export interface Footprint {
  cx: number;
  cz: number;
  /** Half sizes along the fixture's local x and z. */
  hx: number;
  hz: number;
  /** Radians about +y, counter-clockwise seen from above. */
  rotY: number;
  /** A disc of radius hx (podiums) rather than a rectangle. */
  round?: boolean;
}

/** Depth a wall panel takes from the wall: the panel and the products hung on it. */
export const WALL_DISPLAY_DEPTH = 0.3;

/**
 * The rectangle a fixture stands on (podiums: the square around the plinth; partitions: the
 * segment with its thickness). Wall displays count from their face back into the wall.
 *
 * @example fixtureFootprint({ type: 'pile', x: 0, z: -5, w: 2, d: 2, ... }) // {cx: 0, cz: -5, hx: 1, hz: 1, rotY: 0}
 */
export function fixtureFootprint(f: Fixture): Footprint {
  switch (f.type) {
    case 'shelving':
      return { cx: f.x, cz: f.z, hx: f.length / 2, hz: f.depth / 2, rotY: f.rotYDeg * DEG };
    case 'wallDisplay':
      return { cx: f.x, cz: f.z, hx: f.length / 2, hz: WALL_DISPLAY_DEPTH / 2, rotY: f.rotYDeg * DEG };
    case 'pile':
    case 'table':
    case 'counter':
      return { cx: f.x, cz: f.z, hx: f.w / 2, hz: f.d / 2, rotY: f.rotYDeg * DEG };
    case 'podium':
      return { cx: f.x, cz: f.z, hx: f.radius, hz: f.radius, rotY: 0, round: true };
    case 'partition': {
      const dx = f.to[0] - f.from[0];
      const dz = f.to[1] - f.from[1];
      return { cx: (f.from[0] + f.to[0]) / 2, cz: (f.from[1] + f.to[1]) / 2, hx: Math.hypot(dx, dz) / 2, hz: f.thickness / 2, rotY: -Math.atan2(dz, dx) };
    }
  }
}

/** The four corners, world x and z. */
export function footprintCorners(fp: Footprint): Array<[number, number]> {
  const c = Math.cos(fp.rotY);
  const s = Math.sin(fp.rotY);
  // Rotation about +y: (x, z) -> (c x + s z, -s x + c z).
  return ([[-1, -1], [1, -1], [1, 1], [-1, 1]] as const).map(([a, b]) => {
    const lx = a * fp.hx;
    const lz = b * fp.hz;
    return [fp.cx + c * lx + s * lz, fp.cz - s * lx + c * lz] as [number, number];
  });
}

/** Whether the whole footprint lies within [minX, minZ, maxX, maxZ]. */
export function footprintInside(fp: Footprint, [minX, minZ, maxX, maxZ]: readonly [number, number, number, number], tolerance = 0): boolean {
  return footprintCorners(fp).every(([x, z]) => x >= minX - tolerance && x <= maxX + tolerance && z >= minZ - tolerance && z <= maxZ + tolerance);
}

/**
 * Separating axis test of two turned rectangles: true when they share more than `tolerance`
 * metres of floor along every axis (touching edges do not count).
 */
export function footprintsOverlap(a: Footprint, b: Footprint, tolerance = 0): boolean {
  if (a.round && b.round) return Math.hypot(a.cx - b.cx, a.cz - b.cz) < a.hx + b.hx - tolerance;
  if (a.round || b.round) {
    const [disc, rect] = a.round ? [a, b] : [b, a];
    // The disc's centre in the rectangle's frame, then the nearest point of the rectangle.
    const c = Math.cos(rect.rotY);
    const s = Math.sin(rect.rotY);
    const dx = disc.cx - rect.cx;
    const dz = disc.cz - rect.cz;
    const lx = c * dx - s * dz;
    const lz = s * dx + c * dz;
    const nx = Math.max(-rect.hx, Math.min(rect.hx, lx));
    const nz = Math.max(-rect.hz, Math.min(rect.hz, lz));
    return Math.hypot(lx - nx, lz - nz) < disc.hx - tolerance;
  }
  const ca = footprintCorners(a);
  const cb = footprintCorners(b);
  for (const fp of [a, b]) {
    const c = Math.cos(fp.rotY);
    const s = Math.sin(fp.rotY);
    for (const [ax, az] of [[c, -s], [s, c]] as const) {
      const pa = ca.map(([x, z]) => x * ax + z * az);
      const pb = cb.map(([x, z]) => x * ax + z * az);
      const overlap = Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb));
      if (overlap <= tolerance) return false;
    }
  }
  return true;
}
