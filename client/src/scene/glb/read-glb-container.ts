import type { GltfJson } from './gltf-types';

const MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/**
 * Splits a binary glTF into its JSON and its BIN chunk.
 * @example const { json, bin } = readGlbContainer(await (await fetch(url)).arrayBuffer())
 */
export function readGlbContainer(buffer: ArrayBuffer): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(buffer);
  if (buffer.byteLength < 20 || view.getUint32(0, true) !== MAGIC) throw new Error('not a binary glTF (.glb) file');
  if (view.getUint32(4, true) !== 2) throw new Error(`glTF container version ${view.getUint32(4, true)} is not supported`);
  const length = Math.min(view.getUint32(8, true), buffer.byteLength);
  let json: GltfJson | undefined;
  let bin = new Uint8Array(0);
  for (let at = 12; at + 8 <= length; ) {
    const size = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    const body = new Uint8Array(buffer, at + 8, size);
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as GltfJson;
    else if (type === CHUNK_BIN) bin = body;
    at += 8 + size;
  }
  if (!json) throw new Error('glTF file without a JSON chunk');
  return { json, bin };
}
