import type { BufferGeometry } from 'three';
import type { Counter, Pile, Podium, Shelving, StoreLayout, Table, WallDisplay } from '../../../../shared/store-layout/store-layout-schema';
import { GeometryKit } from './geometry-kit';

const DEG = Math.PI / 180;
const C = {
  upright: '#2f4858',
  beam: '#d9822b',
  deck: '#cdb08a',
  gondola: '#f2f0eb',
  gondolaShelf: '#d9d6cf',
  plinth: '#3b4447',
  slat: '#c8a77e',
  groove: '#8f6f4c',
  till: '#2b3336',
  pallet: '#b08d62',
  podium: '#f4f1ea',
  podiumTop: '#e5dccd',
  counter: '#f4f1ea',
  counterTop: '#9c6b43',
  sign: { aisle: '#2f4a3a', zone: '#b4623f', service: '#1f2a2e' },
  wire: '#555c5e',
} as const;

/**
 * Every fixture of the layout (racks, gondolas, wall panels, pallets, podiums, counters, sign
 * boards) merged into one vertex-coloured geometry: one draw call for the whole store furniture.
 *
 * @example scene.add(new Mesh(buildFixtures(layout), fixtureMaterial))
 */
export function buildFixtures(layout: StoreLayout): BufferGeometry {
  const kit = new GeometryKit();
  for (const f of layout.fixtures) {
    if (f.type === 'shelving') (f.style === 'rack' ? rack : gondola)(kit, f);
    else if (f.type === 'wallDisplay') wallPanel(kit, f);
    else if (f.type === 'pile') pallet(kit, f);
    else if (f.type === 'table') displayTable(kit, f);
    else if (f.type === 'podium') podium(kit, f);
    else if (f.type === 'counter') counter(kit, f);
  }
  for (const s of layout.signs) {
    const r = s.rotYDeg * DEG;
    kit.localBox(s.w, s.h, 0.04, C.sign[s.style], s.x, s.z, r, 0, s.y, 0, false);
    // Hung from the ceiling by two wires, unless fixed to a wall.
    const top = s.y + s.h / 2;
    if (top < layout.ceilingHeight - 0.05 && s.style !== 'service') {
      for (const side of [-1, 1]) kit.localBox(0.015, layout.ceilingHeight - top, 0.015, C.wire, s.x, s.z, r, (side * s.w) / 2.6, (top + layout.ceilingHeight) / 2, 0, false);
    }
  }
  return kit.build();
}

/** Pallet rack: uprights every bay, orange beams under each level, wooden decks. */
function rack(kit: GeometryKit, f: Shelving) {
  const r = f.rotYDeg * DEG;
  const bays = Math.max(1, Math.round(f.length / 2.7));
  const half = f.depth / 2;
  for (let i = 0; i <= bays; i++) {
    const lx = -f.length / 2 + (i * f.length) / bays;
    for (const lz of [-half + 0.04, half - 0.04]) kit.localBox(0.09, f.height, 0.08, C.upright, f.x, f.z, r, lx, f.height / 2, lz, false);
    // Cross bracing between the two frames.
    kit.localBox(0.04, 0.04, f.depth - 0.1, C.upright, f.x, f.z, r, lx, 1.0, 0, false);
  }
  const levelYs = f.levels.map((l) => l.y).sort((a, b) => a - b);
  for (const y of levelYs) {
    for (const lz of [-half + 0.04, half - 0.04]) kit.localBox(f.length, 0.11, 0.06, C.beam, f.x, f.z, r, 0, y - 0.075, lz, false);
    kit.localBox(f.length, 0.025, f.depth - 0.06, C.deck, f.x, f.z, r, 0, y - 0.0125, 0);
  }
  kit.localBox(f.length, 0.11, 0.06, C.beam, f.x, f.z, r, 0, f.height - 0.06, -half + 0.04, false);
  kit.localBox(f.length, 0.11, 0.06, C.beam, f.x, f.z, r, 0, f.height - 0.06, half - 0.04, false);
}

/** Gondola: dark plinth, a white central panel, shelves on both sides. */
function gondola(kit: GeometryKit, f: Shelving) {
  const r = f.rotYDeg * DEG;
  kit.localBox(f.length, 0.12, f.depth, C.plinth, f.x, f.z, r, 0, 0.06, 0, false);
  kit.localBox(f.length, f.height, 0.04, C.gondola, f.x, f.z, r, 0, f.height / 2, 0);
  for (const lv of f.levels) {
    if (lv.y < 0.2) continue; // the plinth is the lowest shelf
    kit.localBox(f.length, 0.025, f.depth, C.gondolaShelf, f.x, f.z, r, 0, lv.y - 0.0125, 0);
  }
  for (const side of [-1, 1]) kit.localBox(0.04, f.height, f.depth, C.gondola, f.x, f.z, r, (side * f.length) / 2, f.height / 2, 0);
}

/** Slatted wooden panel on the wall (its face is the display's plane), behind the hung products. */
function wallPanel(kit: GeometryKit, f: WallDisplay) {
  const r = f.rotYDeg * DEG;
  kit.localBox(f.length, f.height, 0.04, C.slat, f.x, f.z, r, 0, 0.2 + f.height / 2, -0.02);
  // Slats: darker grooves every 12 cm give the panel its texture without a texture.
  for (let y = 0.32; y < f.height + 0.1; y += 0.12) kit.localBox(f.length, 0.015, 0.005, C.groove, f.x, f.z, r, 0, y, 0.001, false);
  kit.localBox(f.length, 0.12, 0.06, C.plinth, f.x, f.z, r, 0, 0.06, 0.0, false);
}

function pallet(kit: GeometryKit, f: Pile) {
  kit.box(f.w, f.base, f.d, C.pallet, f.x, f.base / 2, f.z, f.rotYDeg * DEG);
}

/** Oak top on four legs. */
function displayTable(kit: GeometryKit, f: Table) {
  const r = f.rotYDeg * DEG;
  kit.localBox(f.w, 0.04, f.d, C.counterTop, f.x, f.z, r, 0, f.h - 0.02, 0);
  for (const [sx, sz] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
    kit.localBox(0.06, f.h - 0.04, 0.06, C.plinth, f.x, f.z, r, sx * (f.w / 2 - 0.06), (f.h - 0.04) / 2, sz * (f.d / 2 - 0.06), false);
  }
}

function podium(kit: GeometryKit, f: Podium) {
  kit.cylinder(f.radius, f.height - 0.02, C.podium, f.x, (f.height - 0.02) / 2, f.z);
  kit.cylinder(f.radius - 0.04, 0.02, C.podiumTop, f.x, f.height - 0.01, f.z);
}

function counter(kit: GeometryKit, f: Counter) {
  const r = f.rotYDeg * DEG;
  kit.localBox(f.w, 0.1, f.d - 0.1, C.plinth, f.x, f.z, r, 0, 0.05, 0, false);
  kit.localBox(f.w, f.h - 0.14, f.d, C.counter, f.x, f.z, r, 0, 0.1 + (f.h - 0.14) / 2, 0);
  kit.localBox(f.w + 0.06, 0.04, f.d + 0.06, C.counterTop, f.x, f.z, r, 0, f.h - 0.02, 0, false);
  // A till (screen on a stand) every two metres, facing the staff side (-z).
  const tills = Math.max(1, Math.floor(f.w / 2));
  for (let i = 0; i < tills; i++) {
    const lx = -f.w / 2 + (i + 0.5) * (f.w / tills);
    kit.localBox(0.05, 0.22, 0.05, C.till, f.x, f.z, r, lx, f.h + 0.11, -0.15, false);
    kit.localBox(0.38, 0.26, 0.04, C.till, f.x, f.z, r, lx, f.h + 0.3, -0.15, false);
  }
}
