/**
 * The app icon, drawn from geometry (no image tool needed): the letter V of Vitrine in paper white
 * on the store's ink, with a terracotta lamp dot. `safe` shrinks the drawing into the central circle
 * that maskable icons keep on every launcher shape.
 */
export interface IconOptions {
  size: number;
  /** Maskable: full-bleed background, drawing within the safe zone (80 % circle). */
  maskable?: boolean;
}

type Rgb = [number, number, number];
const INK: Rgb = [0x1f, 0x2a, 0x2e];
const PAPER: Rgb = [0xfa, 0xf8, 0xf5];
const ACCENT: Rgb = [0xb4, 0x62, 0x3f];

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour (or transparency) at a point of the unit square. */
function sample(x: number, y: number, maskable: boolean): [number, number, number, number] {
  // Rounded-square tile for the regular icon; full bleed for maskable ones.
  if (!maskable) {
    const r = 0.2;
    const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
    const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
    if (Math.hypot(qx, qy) > r) return [0, 0, 0, 0];
  }
  // The drawing lives in a centred box: 70 % of the tile, or 56 % inside a maskable icon's safe circle.
  const k = maskable ? 0.56 : 0.7;
  const u = (x - 0.5) / k + 0.5;
  const v = (y - 0.5) / k + 0.5;
  const stroke = 0.085;
  const inV = segmentDistance(u, v, 0.18, 0.2, 0.5, 0.84) < stroke || segmentDistance(u, v, 0.82, 0.2, 0.5, 0.84) < stroke;
  if (inV) return [...PAPER, 255];
  if (Math.hypot(u - 0.5, v - 0.2) < 0.09) return [...ACCENT, 255];
  return [...INK, 255];
}

/**
 * RGBA pixels of the icon, anti-aliased by 4×4 supersampling.
 *
 * @example const rgba = drawIcon({ size: 192 }); encodePng(192, 192, rgba)
 */
export function drawIcon({ size, maskable = false }: IconOptions): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, maskable);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a / (n * n));
    }
  }
  return out;
}
