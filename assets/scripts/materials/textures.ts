import { RepeatWrapping, SRGBColorSpace, Texture } from 'three';
import { Raster } from '../lib/raster';
import { mulberry32 } from '../lib/random';

/*
 * Procedural textures, painted in Node and kept small (256 to 512 px): they add grain and
 * pattern, while the colour comes from the material's base colour factor so variants can
 * recolour a textured material without another image.
 */

/** Wraps a raster as a three texture; the PNG bytes ride along for the glTF writer. */
export function rasterTexture(raster: Raster, name: string, repeat = true): Texture {
  const t = new Texture(raster as unknown as HTMLImageElement);
  t.name = name;
  t.colorSpace = SRGBColorSpace;
  if (repeat) t.wrapS = t.wrapT = RepeatWrapping;
  t.userData.png = raster.toPng();
  t.userData.mimeType = 'image/png';
  t.needsUpdate = true;
  return t;
}

const TAU = Math.PI * 2;

/** Tileable periodic noise: a sum of sines with integer frequencies (so it wraps at 1). */
function periodicNoise(seed: number, terms = 6): (u: number, v: number) => number {
  const r = mulberry32(seed);
  const waves = Array.from({ length: terms }, () => ({
    fu: 1 + Math.floor(r() * 4),
    fv: Math.floor(r() * 3),
    phase: r() * TAU,
    amp: 0.5 + r(),
  }));
  const total = waves.reduce((s, w) => s + w.amp, 0);
  return (u, v) => waves.reduce((s, w) => s + w.amp * Math.sin(TAU * (w.fu * u + w.fv * v) + w.phase), 0) / total;
}

let woodCache: Texture | undefined;
/** Light greyscale wood grain running along u; multiply by the wood colour. */
export function woodGrain(): Texture {
  if (woodCache) return woodCache;
  const warp = periodicNoise(11);
  const fibre = mulberry32(23);
  // Fibres: one random shade per row (v), so thin streaks run along the grain (u).
  const rows = Array.from({ length: 256 }, () => fibre());
  const raster = new Raster(256, 256).paint((u, v, _x, y) => {
    const rings = 0.5 + 0.5 * Math.sin(TAU * (11 * v + 0.14 * warp(u, 0)));
    const g = 0.84 + 0.1 * rings ** 4 + 0.05 * rows[y]!;
    const c = Math.round(255 * Math.min(1, g));
    return [c, Math.round(c * 0.985), Math.round(c * 0.965), 255];
  });
  woodCache = rasterTexture(raster, 'wood-grain');
  return woodCache;
}

let travertineCache: Texture | undefined;
/** Travertine: soft horizontal bands with small dark pores, tileable. */
export function travertineTexture(): Texture {
  if (travertineCache) return travertineCache;
  const warp = periodicNoise(41);
  const rand = mulberry32(43);
  const raster = new Raster(256, 256).paint((u, v) => {
    const band = 0.5 + 0.5 * Math.sin(TAU * (6 * v + 0.25 * warp(u, v)));
    const c = Math.round(255 * (0.86 + 0.1 * band));
    return [c, Math.round(c * 0.97), Math.round(c * 0.92), 255];
  });
  for (let i = 0; i < 260; i++) {
    const x = Math.floor(rand() * 256);
    const y = Math.floor(rand() * 256);
    const len = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < len; k++) raster.set((x + k) % 256, y, [168, 156, 138, 255]);
  }
  travertineCache = rasterTexture(raster, 'travertine');
  return travertineCache;
}

/** Berber rug field: light wool with a darker diamond lattice, tileable. */
export function berberWeave(): Texture {
  const rand = mulberry32(7);
  const speck = new Float32Array(256 * 256).map(() => rand());
  const raster = new Raster(256, 256).paint((u, v, x, y) => {
    const a = Math.abs(((u + v) * 2) % 1 - 0.5);
    const b = Math.abs(((u - v + 1) * 2) % 1 - 0.5);
    const line = Math.min(a, b) < 0.03 ? 0.55 : 1;
    const c = Math.round(255 * line * (0.9 + 0.1 * speck[y * 256 + x]!));
    return [c, c, c, 255];
  });
  return rasterTexture(raster, 'berber-weave');
}

/** Braided jute seen from above: concentric bands, for a disc whose uv spans 0..1. */
export function juteBraid(): Texture {
  const raster = new Raster(512, 512).paint((u, v) => {
    const dx = u - 0.5;
    const dy = v - 0.5;
    const r = Math.hypot(dx, dy);
    const angle = Math.atan2(dy, dx);
    const band = (r * 2 * 40) % 1;
    const braid = 0.5 + 0.5 * Math.sin(TAU * (band * 1 + angle * 18 / TAU * 4 + (Math.floor(r * 80) % 2) * 0.5));
    const shade = 0.78 + 0.14 * braid - (band < 0.12 ? 0.12 : 0);
    const c = Math.round(255 * shade);
    return [c, Math.round(c * 0.97), Math.round(c * 0.92), 255];
  });
  return rasterTexture(raster, 'jute-braid', false);
}

/** Terrazzo: off-white base with scattered coloured chips, tileable. */
export function terrazzo(): Texture {
  const rand = mulberry32(31);
  const size = 256;
  const raster = new Raster(size, size).paint(() => [236, 232, 224, 255]);
  const palette: ReadonlyArray<readonly [number, number, number]> = [[196, 120, 92], [72, 72, 76], [166, 170, 158], [214, 180, 140], [120, 140, 132]];
  for (let i = 0; i < 220; i++) {
    const cx = rand() * size;
    const cy = rand() * size;
    const rad = 1.5 + rand() * rand() * 9;
    const col = palette[Math.floor(rand() * palette.length)]!;
    for (let y = Math.floor(cy - rad); y <= cy + rad; y++)
      for (let x = Math.floor(cx - rad); x <= cx + rad; x++)
        if ((x - cx) ** 2 + ((y - cy) * 1.3) ** 2 <= rad * rad)
          raster.set(((x % size) + size) % size, ((y % size) + size) % size, [col[0], col[1], col[2], 255]);
  }
  return rasterTexture(raster, 'terrazzo');
}
