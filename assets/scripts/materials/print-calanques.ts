import type { Texture } from 'three';
import { Raster } from '../lib/raster';
import { rasterTexture } from './textures';

/*
 * The Calanques print, painted flat like a 1930s railway poster: warm sky and sun, white
 * limestone cliffs dropping into a turquoise cove, a pine on the left, and a title band.
 */

type Rgb = readonly [number, number, number];
type Poly = ReadonlyArray<readonly [number, number]>;

const GLYPHS: Record<string, string[]> = {
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  N: ['#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#', '#...#'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
};

function inside(poly: Poly, u: number, v: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > v !== yj > v && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const SKY_TOP: Rgb = [240, 196, 140];
const SKY_LOW: Rgb = [248, 228, 196];
const SUN: Rgb = [232, 110, 58];
const SEA: Rgb = [34, 128, 160];
const SEA_LIGHT: Rgb = [92, 178, 190];
const CLIFF: Rgb = [242, 234, 218];
const CLIFF_SHADE: Rgb = [196, 182, 160];
const PINE: Rgb = [40, 74, 56];
const BAND: Rgb = [28, 56, 74];
const PAPER: Rgb = [246, 240, 228];

const LEFT_CLIFF: Poly = [[0, 0.3], [0.18, 0.26], [0.3, 0.36], [0.38, 0.52], [0.44, 0.74], [0, 0.8]];
const LEFT_SHADE: Poly = [[0.3, 0.36], [0.38, 0.52], [0.44, 0.74], [0.34, 0.74], [0.3, 0.5]];
const RIGHT_CLIFF: Poly = [[1, 0.36], [0.84, 0.4], [0.72, 0.5], [0.64, 0.62], [0.6, 0.78], [1, 0.8]];
const RIGHT_SHADE: Poly = [[0.72, 0.5], [0.64, 0.62], [0.6, 0.78], [0.7, 0.78], [0.74, 0.6]];
const FAR_HILL: Poly = [[0.3, 0.58], [0.45, 0.5], [0.58, 0.53], [0.75, 0.58]];

/** Paints the print (336 x 520 px, the aspect of the opening in the mat). */
export function calanquesPrint(): Texture {
  const W = 336;
  const H = 520;
  const raster = new Raster(W, H).paint((u, v) => {
    if (u < 0.035 || u > 0.965 || v < 0.025 || v > 0.975) return PAPER;
    if (v > 0.84) return BAND;
    const sunD = Math.hypot((u - 0.68) * (W / H), v - 0.2);
    let c: Rgb = v < 0.58 ? mix(SKY_TOP, SKY_LOW, v / 0.58) : (Math.floor(v * 90) % 3 === 0 ? SEA_LIGHT : SEA);
    if (v < 0.58 && sunD < 0.075) c = SUN;
    if (inside(FAR_HILL, u, v)) c = [170, 150, 130];
    if (inside(LEFT_CLIFF, u, v)) c = inside(LEFT_SHADE, u, v) ? CLIFF_SHADE : CLIFF;
    if (inside(RIGHT_CLIFF, u, v)) c = inside(RIGHT_SHADE, u, v) ? CLIFF_SHADE : CLIFF;
    if (v > 0.8) c = mix(SEA, [20, 90, 120], (v - 0.8) / 0.04);
    // A stone pine: trunk and a flat umbrella crown, on the left cliff.
    if (Math.abs(u - 0.16 - (0.3 - v) * 0.3) < 0.012 && v > 0.14 && v < 0.3) c = [70, 50, 40];
    if (((u - 0.14) / 0.13) ** 2 + ((v - 0.13) / 0.045) ** 2 < 1) c = PINE;
    return c;
  });
  drawText(raster, 'CALANQUES', Math.round(H * 0.875), 4, [240, 226, 196]);
  return rasterTexture(raster, 'print-calanques', false);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const k = Math.min(Math.max(t, 0), 1);
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k].map(Math.round) as unknown as Rgb;
}

function drawText(r: Raster, text: string, top: number, scale: number, rgb: Rgb): void {
  const advance = 6 * scale;
  let x = Math.round((r.width - text.length * advance + scale) / 2);
  for (const ch of text) {
    const glyph = GLYPHS[ch];
    if (!glyph) throw new Error(`print-calanques: no glyph for ${JSON.stringify(ch)}`);
    for (const [gy, row] of glyph.entries()) {
      for (const [gx, cell] of [...row].entries()) {
        if (cell !== '#') continue;
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) r.set(x + gx * scale + dx, top + gy * scale + dy, [...rgb, 255]);
      }
    }
    x += advance;
  }
}
