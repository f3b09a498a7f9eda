import { gzipSync } from 'node:zlib';
import { DataUtils } from 'three';

/** Half floats keep 7 of 10 mantissa bits: at most 0.4 % error, below 8-bit display steps, and
 * the file gzips to about a third. */
const MANTISSA_BITS = 7;

export interface PmremReadback {
  size: number;
  levels: number;
  /** RGBA float32, level-major then face (+x, -x, +y, -y, +z, -z), rows bottom-up. */
  rgba: Float32Array;
}

/**
 * Encodes a PMREM readback for web/prefiltered-env.js. three samples a non-render-target cube
 * texture with x mirrored (the CubeTexture convention), so faces are mirrored horizontally
 * and +x/-x swapped here, once, instead of on every client.
 *
 * @example writeFileSync('studio-pmrem.bin', encodePmrem(readback, {source: 'RoomEnvironment'}));
 */
export function encodePmrem(p: PmremReadback, meta: Record<string, unknown>): Uint8Array {
  let values = 0;
  for (let l = 0; l < p.levels; l++) values += 6 * (p.size >> l) ** 2 * 3;
  const hi = new Uint8Array(values);
  const lo = new Uint8Array(values);
  const drop = 10 - MANTISSA_BITS;
  let src = 0;
  let k = 0;
  for (let l = 0; l < p.levels; l++) {
    const s = p.size >> l;
    const faceStart = (f: number) => src + f * s * s * 4;
    for (let f = 0; f < 6; f++) {
      const from = faceStart(f === 0 ? 1 : f === 1 ? 0 : f);
      for (let y = 0; y < s; y++)
        for (let x = 0; x < s; x++) {
          const i = from + (y * s + (s - 1 - x)) * 4;
          for (let c = 0; c < 3; c++) {
            let h = DataUtils.toHalfFloat(p.rgba[i + c]!);
            h = Math.min(0x7bff, ((h + (1 << (drop - 1))) >> drop) << drop);
            hi[k] = h >> 8;
            lo[k++] = h & 0xff;
          }
        }
    }
    src += 6 * s * s * 4;
  }
  const header = new TextEncoder().encode(JSON.stringify({ size: p.size, levels: p.levels, mantissaBits: MANTISSA_BITS, ...meta }));
  const out = new Uint8Array(12 + header.length + 2 * values);
  out.set(new TextEncoder().encode('VTPMREM1'), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, 12);
  out.set(hi, 12 + header.length);
  out.set(lo, 12 + header.length + values);
  // mtime 0 in the gzip header keeps the file identical between runs.
  return gzipSync(out, { level: 9 });
}
