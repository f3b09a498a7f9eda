import { BoxGeometry, BufferAttribute, Color, CylinderGeometry, Matrix4, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

const m = new Matrix4();
const r = new Matrix4();
const c = new Color();
const n = new Vector3();

/** The baked light: where it comes from, and how much is ambient. */
const LIGHT_DIR = new Vector3(0.35, 0.85, 0.4).normalize();
const AMBIENT = 0.62;
const DIFFUSE = 0.38;

/**
 * Collects coloured pieces (boxes, cylinders) placed in the world and merges them into one
 * geometry: a whole category of fixtures then costs a single draw call. Lighting is baked into
 * the vertex colours (a soft key light from above plus ambient, darker towards the floor for
 * occlusion), so the building draws with an unlit material: the cheapest shader there is.
 *
 * @example const kit = new GeometryKit(); kit.box(1, 2, 0.1, '#fff', 0, 1, 0, 0); mesh.geometry = kit.build()
 */
export class GeometryKit {
  private parts: BufferGeometry[] = [];

  /** A box of size (w, h, d) centred at (x, y, z), turned by `rotY` about its centre. */
  box(w: number, h: number, d: number, color: string, x: number, y: number, z: number, rotY = 0, shade = true): this {
    return this.add(new BoxGeometry(w, h, d), color, x, y, z, rotY, shade);
  }

  /** A box in a fixture's frame: local (lx, ly, lz) around a fixture at (fx, fz) turned by fRot. */
  localBox(w: number, h: number, d: number, color: string, fx: number, fz: number, fRot: number, lx: number, ly: number, lz: number, shade = true): this {
    const s = Math.sin(fRot);
    const co = Math.cos(fRot);
    return this.box(w, h, d, color, fx + co * lx + s * lz, ly, fz - s * lx + co * lz, fRot, shade);
  }

  cylinder(radius: number, h: number, color: string, x: number, y: number, z: number, segments = 32): this {
    return this.add(new CylinderGeometry(radius, radius, h, segments), color, x, y, z, 0, true);
  }

  add(g: BufferGeometry, color: string, x: number, y: number, z: number, rotY: number, shade: boolean): this {
    g.applyMatrix4(m.makeTranslation(x, y, z).multiply(r.makeRotationY(rotY)));
    const pos = g.getAttribute('position');
    const normal = g.getAttribute('normal');
    const colors = new Float32Array(pos.count * 3);
    c.set(color);
    for (let i = 0; i < pos.count; i++) {
      n.fromBufferAttribute(normal, i);
      const light = AMBIENT + DIFFUSE * Math.max(0, n.dot(LIGHT_DIR)) + (n.y < -0.5 ? -0.12 : 0);
      // Surfaces near the floor are a little darker (ambient occlusion).
      const k = light * (shade ? 0.72 + 0.28 * Math.min(1, Math.max(0, pos.getY(i) / 1.4)) : 1);
      colors[i * 3] = c.r * k;
      colors[i * 3 + 1] = c.g * k;
      colors[i * 3 + 2] = c.b * k;
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    this.parts.push(g);
    return this;
  }

  get size(): number {
    return this.parts.length;
  }

  /** Merges everything added so far (and disposes the pieces). */
  build(): BufferGeometry {
    const merged = mergeGeometries(this.parts, false);
    for (const p of this.parts) p.dispose();
    this.parts = [];
    if (!merged) throw new Error('GeometryKit: pieces with different attributes cannot be merged');
    merged.computeBoundingSphere();
    return merged;
  }
}
