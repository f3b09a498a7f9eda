import { Document, type Node } from '@gltf-transform/core';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { modelIo } from './model-io';

export interface BoxModelOptions {
  /** Size in the file's own units and axes. */
  size: [number, number, number];
  /** A texture's bytes (a real PNG by default when `textured`). */
  texture?: Uint8Array;
  textured?: boolean;
  /** Cuts each face into n x n quads (2 triangles each): 12 n² triangles. */
  subdivisions?: number;
  /** Puts the mesh under a parent node with this scale and a translation, to test baking. */
  parentScale?: number;
}

/** A small noisy PNG, for textured fixtures (a solid colour would be folded into the material by prune). */
export async function pngBytes(px = 64): Promise<Uint8Array> {
  const raw = Buffer.alloc(px * px * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + ((i * i) % 251)) % 256;
  const b = await sharp(raw, { raw: { width: px, height: px, channels: 3 } }).png().toBuffer();
  return new Uint8Array(b);
}

/**
 * A box-shaped model as a glTF-Transform document: enough for the pipeline's checks (size, axes,
 * units, textures, budgets) without binary fixtures in the repository.
 *
 * @example const glb = await boxGlb({ size: [45, 80, 50] }); // a chair in centimetres
 */
export async function boxDocument(o: BoxModelOptions): Promise<Document> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const n = o.subdivisions ?? 1;
  const [sx, sy, sz] = o.size;
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  // Six faces: [normal axis, sign]; u and v run along the other two axes.
  for (const [axis, sign] of [[0, 1], [0, -1], [1, 1], [1, -1], [2, 1], [2, -1]] as const) {
    const ua = (axis + 1) % 3, va = (axis + 2) % 3;
    const base = positions.length / 3;
    for (let j = 0; j <= n; j++)
      for (let i = 0; i <= n; i++) {
        const p: [number, number, number] = [0, 0, 0];
        p[axis] = sign * 0.5;
        p[ua] = i / n - 0.5;
        p[va] = j / n - 0.5;
        positions.push(p[0] * sx, p[1] * sy, p[2] * sz);
        const nn = [0, 0, 0];
        nn[axis] = sign;
        normals.push(...nn);
        uvs.push(i / n, j / n);
      }
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        const a = base + j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
        if (sign > 0) indices.push(a, b, d, a, d, c);
        else indices.push(a, d, b, a, c, d);
      }
  }
  const prim = doc.createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(normals)).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(uvs)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(indices)).setBuffer(buffer));
  const material = doc.createMaterial('wood').setBaseColorFactor([0.8, 0.6, 0.4, 1]).setRoughnessFactor(0.6);
  const texture = o.texture ?? (o.textured ? await pngBytes() : undefined);
  if (texture) material.setBaseColorTexture(doc.createTexture('grain').setImage(texture).setMimeType('image/png').setURI('grain.png'));
  prim.setMaterial(material);
  const mesh = doc.createMesh('box').addPrimitive(prim);
  let node: Node = doc.createNode('box').setMesh(mesh);
  if (o.parentScale) {
    const s = o.parentScale;
    node.setScale([1 / s, 1 / s, 1 / s]);
    node = doc.createNode('parent').setScale([s, s, s]).setTranslation([3, 2, 1]).addChild(node);
  }
  doc.createScene('scene').addChild(node);
  return doc;
}

export async function boxGlb(o: BoxModelOptions): Promise<Uint8Array> {
  return (await modelIo()).writeBinary(await boxDocument(o));
}

/** The same model as a zip of `model.gltf` + `model.bin` + its texture; `rename` rewrites file names. */
export async function boxZip(o: BoxModelOptions, edit: (json: Record<string, any>, files: Record<string, Uint8Array>) => void = () => {}): Promise<Uint8Array> {
  const { json, resources } = await (await modelIo()).writeJSON(await boxDocument(o), { basename: 'model' });
  const files: Record<string, Uint8Array> = { ...resources };
  edit(json as Record<string, any>, files);
  files['model.gltf'] = new TextEncoder().encode(JSON.stringify(json));
  return zipSync(files);
}
