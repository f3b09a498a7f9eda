// Loads assets/env/studio-pmrem.bin (written by assets/scripts/bake-env.ts) as a ready
// PMREM texture for three r187+: assign it to scene.environment and no prefiltering runs.
// Plain JS (no build step) so the poster pages can import it; app code can import it too.
import {
  CompressedCubeTexture,
  HalfFloatType,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  RGBAFormat,
} from 'three';

const MAGIC = 'VTPMREM1';
const HALF_ONE = 0x3c00;

/**
 * Fetches and decodes a prefiltered environment.
 * @example scene.environment = await loadPrefilteredEnvironment('/env/studio-pmrem.bin');
 * @param {string} url
 * @returns {Promise<import('three').CompressedCubeTexture>}
 */
export async function loadPrefilteredEnvironment(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`loadPrefilteredEnvironment: ${url} answered ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  // The file is gzip; a server that adds Content-Encoding: gzip has already inflated it.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return parsePrefilteredEnvironment(bytes);
}

/**
 * Decodes the inflated bytes: magic, header length (u32 LE), JSON header, then the half-float
 * RGB values as two byte planes (all high bytes, then all low bytes), level by level, face by
 * face (+x, -x, +y, -y, +z, -z), rows bottom-up: the order WebGL uploads them in.
 * @param {Uint8Array} bytes
 * @returns {import('three').CompressedCubeTexture}
 */
export function parsePrefilteredEnvironment(bytes) {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error('parsePrefilteredEnvironment: not a Vitrine PMREM file');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + 8, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  const { size, levels } = header;
  let values = 0;
  for (let l = 0; l < levels; l++) values += 6 * (size >> l) ** 2 * 3;
  const hi = bytes.subarray(12 + headerLength, 12 + headerLength + values);
  const lo = bytes.subarray(12 + headerLength + values, 12 + headerLength + 2 * values);
  if (lo.length !== values) throw new Error('parsePrefilteredEnvironment: truncated file');

  const faces = Array.from({ length: 6 }, () => ({ width: size, height: size, mipmaps: [] }));
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
  const texture = new CompressedCubeTexture(faces, RGBAFormat, HalfFloatType);
  texture.name = 'PMREM';
  // Tells the renderer the mip chain is already GGX-prefiltered (three r187 PMREM layout).
  texture.isPMREMTexture = true;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.colorSpace = LinearSRGBColorSpace;
  texture.userData.header = header;
  texture.needsUpdate = true;
  return texture;
}
