import { BufferAttribute, type BufferGeometry, PlaneGeometry, type Material } from 'three';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { GeometryKit } from './geometry-kit';

const WALL = { plaster: '#e2ddd4', glass: '#cfe3e8' } as const;
const PARTITION = { plaster: '#efe9df', wood: '#b9936a', green: '#5d7a66' } as const;

export interface ShellGeometry {
  /** Walls, partitions, ceiling and door frame: one vertex-coloured mesh. */
  solid: BufferGeometry;
  glass: BufferGeometry | null;
  /** Ceiling light panels (unlit, white). */
  lights: BufferGeometry;
  floor: BufferGeometry;
}

/**
 * The building around the products, from the layout: floor (with uvs over the whole store for
 * the baked floor texture), walls, glass front, partitions, ceiling and its light panels.
 *
 * @example const shell = buildShell(layout)
 */
export function buildShell(layout: StoreLayout): ShellGeometry {
  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const H = layout.ceilingHeight;
  const solid = new GeometryKit();
  const glass = new GeometryKit();
  const segment = (kit: GeometryKit, a: readonly [number, number], b: readonly [number, number], h: number, t: number, color: string, shade = true) => {
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const len = Math.hypot(dx, dz);
    kit.box(len + t, h, t, color, (a[0] + b[0]) / 2, h / 2, (a[1] + b[1]) / 2, Math.atan2(-dz, dx), shade);
  };
  for (const w of layout.walls) {
    if (w.finish === 'glass') {
      segment(glass, w.from, w.to, w.height, 0.04, WALL.glass, false);
      // Mullions every 3 m and a transom above the doors.
      const len = Math.hypot(w.to[0] - w.from[0], w.to[1] - w.from[1]);
      for (let s = 0; s <= len + 1e-6; s += 3) {
        const t = s / len;
        solid.box(0.08, w.height, 0.12, '#3b4447', w.from[0] + (w.to[0] - w.from[0]) * t, w.height / 2, w.from[1] + (w.to[1] - w.from[1]) * t, 0, false);
      }
    } else {
      segment(solid, w.from, w.to, w.height, w.thickness, WALL.plaster);
    }
  }
  for (const f of layout.fixtures) {
    if (f.type === 'partition') segment(solid, f.from, f.to, f.height, f.thickness, PARTITION[f.finish]);
  }
  // Ceiling: a thin slab, dark so the light panels read.
  solid.box(maxX - minX, 0.1, maxZ - minZ, '#6f7473', (minX + maxX) / 2, H + 0.05, (minZ + maxZ) / 2, 0, false);

  const lights = new GeometryKit();
  const { spacingX, spacingZ, w, d } = layout.ceilingLights;
  for (let x = Math.ceil((minX + 1) / spacingX) * spacingX; x <= maxX - 1; x += spacingX) {
    for (let z = maxZ - spacingZ / 2; z >= minZ + 1; z -= spacingZ) lights.box(w, 0.04, d, '#ffffff', x, H - 0.02, z, 0, false);
  }
  return { solid: solid.build(), glass: glass.size ? glass.build() : null, lights: lights.build(), floor: floorGeometry(layout) };
}

/** A floor quad whose uv maps u = (x - minX) / width, v = (z - minZ) / depth. */
function floorGeometry(layout: StoreLayout): BufferGeometry {
  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const g = new PlaneGeometry(maxX - minX, maxZ - minZ);
  g.rotateX(-Math.PI / 2);
  g.translate((minX + maxX) / 2, 0, (minZ + maxZ) / 2);
  const pos = g.getAttribute('position');
  const uv = new Float32Array(pos.count * 2);
  for (let i = 0; i < pos.count; i++) {
    uv[i * 2] = (pos.getX(i) - minX) / (maxX - minX);
    uv[i * 2 + 1] = (pos.getZ(i) - minZ) / (maxZ - minZ);
  }
  g.setAttribute('uv', new BufferAttribute(uv, 2));
  return g;
}

/** @example disposeAll([geometry, material]) */
export function disposeAll(list: Array<BufferGeometry | Material | null | undefined>): void {
  for (const x of list) x?.dispose();
}
