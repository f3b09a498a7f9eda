import { Primitive, type Document, type Material } from '@gltf-transform/core';
import sharp from 'sharp';
import type { Placement } from '../../shared/catalogue/product';

type V3 = [number, number, number];
type Triangle = [V3, V3, V3];
const map3 = <T, U>([a, b, c]: readonly [T, T, T], f: (t: T) => U): [U, U, U] => [f(a), f(b), f(c)];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: V3): V3 => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const toSrgb = (c: number) => Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

const BACKGROUND: V3 = [0xee, 0xeb, 0xe6];
const LIGHT = norm([0.45, 1, 0.7]);

/** The colour a material shows from afar: its factor times its texture's mean colour (linear). */
async function flatColour(m: Material | null, cache: Map<Material, V3>): Promise<V3> {
  if (!m) return [0.8, 0.8, 0.8];
  const cached = cache.get(m);
  if (cached) return cached;
  const [r, g, b] = m.getBaseColorFactor();
  let mean: V3 = [1, 1, 1];
  const image = m.getBaseColorTexture()?.getImage();
  if (image) {
    const stats = await sharp(image).stats().catch(() => undefined);
    // A grey image (one channel, maybe with alpha) keeps the factor alone rather than reading alpha as green.
    const [red, green, blue] = stats?.channels ?? [];
    if (red && green && blue) mean = map3([red, green, blue], (ch) => toLinear(ch.mean / 255));
  }
  const c: V3 = [r * mean[0], g * mean[1], b * mean[2]];
  cache.set(m, c);
  return c;
}

/**
 * Step 9: a `size` px WebP poster, drawn on the server without a browser: an orthographic 3/4
 * view from the front right (wall items almost head-on), flat shading under one key light plus
 * ambient, each material in its mean colour, supersampled 2x. Lighter than the seed posters'
 * Chromium render, and enough for a catalogue thumbnail.
 *
 * @example const webp = await renderPoster(doc, 'floor');
 */
export async function renderPoster(doc: Document, placement: Placement, size = 512): Promise<Uint8Array> {
  const S = size * 2;
  const eye = norm(placement === 'wall' ? [0.35, 0.12, 1] : [0.75, 0.55, 1]);
  const right = norm(cross([0, 1, 0], eye));
  const up = cross(eye, right);
  const tris: { p: Triangle; colour: V3 }[] = [];
  const cache = new Map<Material, V3>();
  for (const mesh of doc.getRoot().listMeshes())
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      if (prim.getMode() !== Primitive.Mode.TRIANGLES || !pos) continue;
      const colour = await flatColour(prim.getMaterial(), cache);
      const idx = prim.getIndices();
      const count = idx ? idx.getCount() : pos.getCount();
      const at = (i: number) => pos.getElement(idx ? idx.getScalar(i) : i, [0, 0, 0]) as V3;
      for (let i = 0; i + 2 < count; i += 3) tris.push({ p: [at(i), at(i + 1), at(i + 2)], colour });
    }
  // Project onto the view plane and fit the picture with a margin.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const t of tris)
    for (const p of t.p) {
      const x = dot(p, right), y = dot(p, up);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  const scale = (0.84 * S) / Math.max(maxX - minX, maxY - minY, 1e-6);
  const ox = S / 2 - ((minX + maxX) / 2) * scale, oy = S / 2 + ((minY + maxY) / 2) * scale;
  const depth = new Float32Array(S * S).fill(-Infinity);
  const rgb = new Uint8Array(S * S * 3);
  for (let i = 0; i < S * S; i++) rgb.set(BACKGROUND, i * 3);
  for (const { p, colour } of tris) {
    const [a, b, c] = p;
    const n0 = norm(cross(sub(b, a), sub(c, a)));
    const n = dot(n0, eye) < 0 ? ([-n0[0], -n0[1], -n0[2]] as V3) : n0;
    const light = 0.42 + 0.62 * Math.max(0, dot(n, LIGHT)) + 0.08 * Math.max(0, dot(n, eye));
    const shade = map3(colour, (ch) => toSrgb(Math.min(1, ch * light)));
    const sx = map3(p, (v) => ox + dot(v, right) * scale), sy = map3(p, (v) => oy - dot(v, up) * scale), sz = map3(p, (v) => dot(v, eye));
    const area = (sx[1] - sx[0]) * (sy[2] - sy[0]) - (sx[2] - sx[0]) * (sy[1] - sy[0]);
    if (Math.abs(area) < 1e-9) continue;
    const x0 = Math.max(0, Math.floor(Math.min(...sx))), x1 = Math.min(S - 1, Math.ceil(Math.max(...sx)));
    const y0 = Math.max(0, Math.floor(Math.min(...sy))), y1 = Math.min(S - 1, Math.ceil(Math.max(...sy)));
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5, py = y + 0.5;
        const w0 = ((sx[1] - px) * (sy[2] - py) - (sx[2] - px) * (sy[1] - py)) / area;
        const w1 = ((sx[2] - px) * (sy[0] - py) - (sx[0] - px) * (sy[2] - py)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const z = w0 * sz[0] + w1 * sz[1] + w2 * sz[2];
        const k = y * S + x;
        // x and y are clamped to the picture above, so k indexes the depth buffer.
        if (z <= depth[k]!) continue;
        depth[k] = z;
        rgb.set(shade, k * 3);
      }
  }
  const webp = await sharp(rgb, { raw: { width: S, height: S, channels: 3 } }).resize(size, size).webp({ quality: 82 }).toBuffer();
  return new Uint8Array(webp.buffer, webp.byteOffset, webp.byteLength);
}
