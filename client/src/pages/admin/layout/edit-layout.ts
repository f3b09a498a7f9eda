import type { Fixture, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';

/** The plan snaps positions and sizes to 10 cm. */
export const SNAP = 0.1;
export const snap = (v: number) => Math.round(v / SNAP) * SNAP;
const round = (v: number) => Math.round(v * 1000) / 1000;

export type PaletteKind = 'rack' | 'gondola' | 'wallDisplay' | 'pile' | 'table';
export const PALETTE: PaletteKind[] = ['rack', 'gondola', 'wallDisplay', 'pile', 'table'];

const withFixture = (layout: StoreLayout, id: string, change: (f: Fixture) => Fixture): StoreLayout => ({
  ...layout,
  fixtures: layout.fixtures.map((f) => (f.id === id ? change(f) : f)),
});

/**
 * Moves a fixture so its centre lands on (x, z), snapped (partitions move both ends).
 * @example moveFixture(layout, 'gondola-1', 14.03, -17) // x = 14
 */
export function moveFixture(layout: StoreLayout, id: string, x: number, z: number): StoreLayout {
  return withFixture(layout, id, (f) => {
    if (f.type === 'partition') {
      const cx = (f.from[0] + f.to[0]) / 2;
      const cz = (f.from[1] + f.to[1]) / 2;
      const dx = snap(x - cx);
      const dz = snap(z - cz);
      return { ...f, from: [round(f.from[0] + dx), round(f.from[1] + dz)], to: [round(f.to[0] + dx), round(f.to[1] + dz)] };
    }
    return { ...f, x: round(snap(x)), z: round(snap(z)) };
  });
}

/** The centre of a fixture on the plan. */
export function fixtureCentre(f: Fixture): { x: number; z: number } {
  return f.type === 'partition' ? { x: (f.from[0] + f.to[0]) / 2, z: (f.from[1] + f.to[1]) / 2 } : { x: f.x, z: f.z };
}

/** Turns a fixture by a quarter turn counter-clockwise seen from above (partitions about their middle). */
export function rotateFixture(layout: StoreLayout, id: string): StoreLayout {
  return withFixture(layout, id, (f) => {
    if (f.type === 'partition') {
      const { x, z } = fixtureCentre(f);
      // A quarter turn about +y: (dx, dz) -> (dz, -dx).
      const turn = ([px, pz]: [number, number]): [number, number] => [round(x + (pz - z)), round(z - (px - x))];
      return { ...f, from: turn(f.from), to: turn(f.to) };
    }
    return { ...f, rotYDeg: (((f.rotYDeg + 90) % 360) + 360) % 360 };
  });
}

export function removeFixture(layout: StoreLayout, id: string): StoreLayout {
  return { ...layout, fixtures: layout.fixtures.filter((f) => f.id !== id), signs: layout.signs.filter((s) => s.forFixture !== id) };
}

/** The sizes the side panel edits: along the fixture (length) and across it (depth). */
export function fixtureSize(f: Fixture): { length: number; depth: number } | undefined {
  switch (f.type) {
    case 'shelving':
      return { length: f.length, depth: f.depth };
    case 'wallDisplay':
      return { length: f.length, depth: 0.3 };
    case 'pile':
    case 'table':
    case 'counter':
      return { length: f.w, depth: f.d };
    default:
      return undefined;
  }
}

export function resizeFixture(layout: StoreLayout, id: string, size: { length?: number; depth?: number }): StoreLayout {
  const ok = (v: number | undefined) => (v !== undefined && Number.isFinite(v) && v >= SNAP ? round(snap(v)) : undefined);
  const length = ok(size.length);
  const depth = ok(size.depth);
  return withFixture(layout, id, (f) => {
    switch (f.type) {
      case 'shelving':
        return { ...f, length: length ?? f.length, depth: depth ?? f.depth };
      case 'wallDisplay':
        return { ...f, length: length ?? f.length };
      case 'pile':
      case 'table':
      case 'counter':
        return { ...f, w: length ?? f.w, d: depth ?? f.d };
      default:
        return f;
    }
  });
}

/** Products and categories a fixture holds first; undefined for fixtures that hold none. */
export function assignment(f: Fixture): { products: string[]; categories: string[] } | undefined {
  if (f.type !== 'shelving' && f.type !== 'wallDisplay' && f.type !== 'pile' && f.type !== 'table') return undefined;
  return { products: f.products ?? [], categories: f.categories ?? [] };
}

export function assign(layout: StoreLayout, id: string, next: { products: string[]; categories: string[] }): StoreLayout {
  return withFixture(layout, id, (f) => {
    if (!assignment(f)) return f;
    const { products: _p, categories: _c, ...rest } = f as Fixture & { products?: string[]; categories?: string[] };
    return { ...rest, ...(next.products.length ? { products: next.products } : {}), ...(next.categories.length ? { categories: next.categories } : {}) } as Fixture;
  });
}

/** A new id for a fixture of this kind: `gondola-7` after `gondola-6`. */
function freshId(layout: StoreLayout, base: string): string {
  const ids = new Set(layout.fixtures.map((f) => f.id));
  let n = 1;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * A fixture from the palette, with the sizes and shelves of the store's own, at (x, z).
 * @example addFixture(layout, 'gondola', 0, -10) // {layout, id: 'gondola-7'}
 */
export function addFixture(layout: StoreLayout, kind: PaletteKind, x: number, z: number): { layout: StoreLayout; id: string } {
  const at = { x: round(snap(x)), z: round(snap(z)), rotYDeg: 0 };
  let f: Fixture;
  switch (kind) {
    case 'rack':
      f = { id: freshId(layout, 'rack'), type: 'shelving', style: 'rack', ...at, length: 5.4, depth: 2.3, height: 4.4, doubleSided: true, levels: [{ y: 0.12, clear: 2 }, { y: 2.3, clear: 1.9 }], holds: ['floor'], gap: 0.1 };
      break;
    case 'gondola':
      f = { id: freshId(layout, 'gondola'), type: 'shelving', style: 'gondola', ...at, length: 4, depth: 1, height: 2.4, doubleSided: true, levels: [{ y: 0.7, clear: 0.55 }, { y: 1.28, clear: 0.55 }, { y: 0.12, clear: 0.55 }, { y: 1.86, clear: 0.55 }], holds: ['table'], gap: 0.08 };
      break;
    case 'wallDisplay':
      f = { id: freshId(layout, 'wall'), type: 'wallDisplay', ...at, length: 4, height: 2.6, rows: [{ y: 1.5, clear: 0.9 }, { y: 0.6, clear: 0.8 }], holds: ['wall'], gap: 0.2 };
      break;
    case 'pile':
      f = { id: freshId(layout, 'rug-pile'), type: 'pile', ...at, w: 3.1, d: 2.2, base: 0.12, maxHeight: 0.6, holds: ['rug'] };
      break;
    case 'table':
      f = { id: freshId(layout, 'table'), type: 'table', ...at, w: 2, d: 1, h: 0.75, holds: ['table'], gap: 0.1 };
      break;
  }
  return { layout: { ...layout, fixtures: [...layout.fixtures, f] }, id: f.id };
}
