import { BufferAttribute, InterleavedBuffer, InterleavedBufferAttribute } from '../lite/three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { GltfAccessor, GltfJson } from './gltf-types';

type TypedArrayCtor = Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor;

const COMPONENT: Record<number, TypedArrayCtor> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
};
const ITEM_SIZE: Record<GltfAccessor['type'], number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };

/**
 * Buffer views and accessors of one glTF: decodes EXT_meshopt_compression views once, and turns
 * accessors (quantized ones included, KHR_mesh_quantization) into three.js attributes.
 */
export class GlbBuffers {
  private readonly views = new Map<number, Promise<Uint8Array>>();
  private readonly interleaved = new Map<string, InterleavedBuffer>();

  constructor(
    private readonly json: GltfJson,
    private readonly bin: Uint8Array,
  ) {}

  /** The bytes of a buffer view, decompressed when needed. */
  view(index: number): Promise<Uint8Array> {
    let p = this.views.get(index);
    if (!p) {
      p = this.decodeView(index);
      this.views.set(index, p);
    }
    return p;
  }

  async attribute(index: number): Promise<BufferAttribute | InterleavedBufferAttribute> {
    const a = this.json.accessors?.[index];
    if (!a) throw new Error(`glTF accessor ${index} is missing`);
    if (a.sparse) throw new Error('sparse glTF accessors are not supported');
    const Ctor = COMPONENT[a.componentType];
    const itemSize = ITEM_SIZE[a.type];
    if (!Ctor || !itemSize) throw new Error(`glTF accessor ${index}: unsupported component type ${a.componentType}`);
    const normalized = a.normalized === true;
    if (a.bufferView === undefined) return new BufferAttribute(new Ctor(a.count * itemSize), itemSize, normalized);
    const bytes = await this.view(a.bufferView);
    // view() above refused a missing buffer view.
    const stride = this.json.bufferViews?.[a.bufferView]?.byteStride;
    const elementBytes = Ctor.BYTES_PER_ELEMENT;
    const offset = a.byteOffset ?? 0;
    if (stride && stride !== elementBytes * itemSize) {
      const key = `${a.bufferView}:${a.componentType}`;
      let ib = this.interleaved.get(key);
      if (!ib) {
        const array = typed(Ctor, bytes, 0, bytes.byteLength / elementBytes);
        ib = new InterleavedBuffer(array, stride / elementBytes);
        this.interleaved.set(key, ib);
      }
      return new InterleavedBufferAttribute(ib, itemSize, offset / elementBytes, normalized);
    }
    return new BufferAttribute(typed(Ctor, bytes, offset, a.count * itemSize), itemSize, normalized);
  }

  private async decodeView(index: number): Promise<Uint8Array> {
    const bv = this.json.bufferViews?.[index];
    if (!bv) throw new Error(`glTF buffer view ${index} is missing`);
    const mo = bv.extensions?.EXT_meshopt_compression;
    if (mo) {
      if (!MeshoptDecoder.supported) throw new Error('this browser cannot decode compressed meshes (no WebAssembly)');
      await MeshoptDecoder.ready;
      const source = this.buffer(mo.buffer).subarray(mo.byteOffset ?? 0, (mo.byteOffset ?? 0) + mo.byteLength);
      const out = new Uint8Array(mo.count * mo.byteStride);
      MeshoptDecoder.decodeGltfBuffer(out, mo.count, mo.byteStride, source, mo.mode, mo.filter ?? 'NONE');
      return out;
    }
    return this.buffer(bv.buffer).subarray(bv.byteOffset ?? 0, (bv.byteOffset ?? 0) + bv.byteLength);
  }

  private buffer(index: number): Uint8Array {
    if (index !== 0) throw new Error(`glTF buffer ${index} has no data (only the GLB binary chunk is read)`);
    return this.bin;
  }
}

/** A typed array over the bytes, copied when the offset is not aligned for the element size. */
function typed(Ctor: TypedArrayCtor, bytes: Uint8Array, byteOffset: number, length: number) {
  const start = bytes.byteOffset + byteOffset;
  if (start % Ctor.BYTES_PER_ELEMENT === 0) return new Ctor(bytes.buffer as ArrayBuffer, start, length);
  const copy = bytes.slice(byteOffset, byteOffset + length * Ctor.BYTES_PER_ELEMENT);
  return new Ctor(copy.buffer as ArrayBuffer, 0, length);
}
