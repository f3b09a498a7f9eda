import { CompressedCubeTexture, HalfFloatType, LinearFilter, LinearMipmapLinearFilter, LinearSRGBColorSpace, RGBAFormat } from '../lite/three';

const MAGIC = 'VTPMREM1';
const HALF_ONE = 0x3c00;

/**
 * Decodes Vitrine's prefiltered environment file (assets/env/*-pmrem.bin, written by
 * assets/scripts/bake-env.ts; format in assets/scripts/lib/pmrem-encoding.ts): gzip of magic,
 * u32 header length, JSON header, then half-float RGB as two byte planes, level by level and face
 * by face. The result is flagged as a ready PMREM texture, so three.js does no prefiltering.
 *
 * @example scene.environment = decodePmrem(await inflate(bytes))
 */
export function decodePmrem(bytes: Uint8Array): CompressedCubeTexture {
  if (String.fromCharCode(...bytes.subarray(0, 8)) !== MAGIC) throw new Error('not a Vitrine PMREM file');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + 8, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as { size: number; levels: number };
  const { size, levels } = header;
  let values = 0;
  for (let l = 0; l < levels; l++) values += 6 * (size >> l) ** 2 * 3;
  const hi = bytes.subarray(12 + headerLength, 12 + headerLength + values);
  const lo = bytes.subarray(12 + headerLength + values, 12 + headerLength + 2 * values);
  if (lo.length !== values) throw new Error('truncated PMREM file');
  const faces = Array.from({ length: 6 }, () => ({ width: size, height: size, mipmaps: [] as { data: Uint16Array; width: number; height: number }[] }));
  let k = 0;
  for (let l = 0; l < levels; l++) {
    const s = size >> l;
    for (let f = 0; f < 6; f++) {
      const data = new Uint16Array(s * s * 4);
      for (let p = 0; p < s * s; p++) {
        data[p * 4] = (hi[k] << 8) | lo[k++];
        data[p * 4 + 1] = (hi[k] << 8) | lo[k++];
        data[p * 4 + 2] = (hi[k] << 8) | lo[k++];
        data[p * 4 + 3] = HALF_ONE;
      }
      faces[f].mipmaps.push({ data, width: s, height: s });
    }
  }
  const texture = new CompressedCubeTexture(faces as never, RGBAFormat as never, HalfFloatType);
  texture.name = 'PMREM';
  (texture as unknown as { isPMREMTexture: boolean }).isPMREMTexture = true;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.colorSpace = LinearSRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

/** Inflates the file unless the server already did (Content-Encoding: gzip). */
export async function inflateIfGzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
