// The Vitrine prefiltered-environment file format (written by assets/scripts/bake-env.ts), read into
// plain arrays with no three.js import, so the poster pages (full three) and the app's product
// viewer (three imported module by module) build their textures from the same decoder.

const MAGIC = 'VTPMREM1';
const HALF_ONE = 0x3c00;

/**
 * Inflates the file unless the server already did (Content-Encoding: gzip).
 * @param {Uint8Array} bytes
 * @returns {Promise<Uint8Array>}
 */
export async function inflateIfGzip(bytes) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decodes the inflated bytes: magic, header length (u32 LE), JSON header, then the half-float
 * RGB values as two byte planes (all high bytes, then all low bytes), level by level, face by
 * face (+x, -x, +y, -y, +z, -z), rows bottom-up: the order WebGL uploads them in. Alpha is 1.
 * @example const { faces } = readPmremFaces(await inflateIfGzip(bytes));
 * @param {Uint8Array} bytes
 */
export function readPmremFaces(bytes) {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error('not a Vitrine PMREM file');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + 8, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  const { size, levels } = header;
  let values = 0;
  for (let l = 0; l < levels; l++) values += 6 * (size >> l) ** 2 * 3;
  const hi = bytes.subarray(12 + headerLength, 12 + headerLength + values);
  const lo = bytes.subarray(12 + headerLength + values, 12 + headerLength + 2 * values);
  if (lo.length !== values) throw new Error('truncated PMREM file');

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
  return { header, faces };
}
