import { Primitive, type Document, type Material as GltfMaterial, type Texture as GltfTexture } from '@gltf-transform/core';
import sharp from 'sharp';
import { BufferAttribute, BufferGeometry, Color, DoubleSide, Group, Mesh, MeshStandardMaterial, SRGBColorSpace, Texture } from 'three';
import { Raster } from '../../assets/scripts/lib/raster';

/**
 * The document's triangle meshes as a three.js group (positions already baked, one mesh per
 * primitive), with base colour textures decoded to Rasters no larger than `texturePx`: what the
 * USDZ exporter and its Node canvas shim need.
 */
export async function toThreeGroup(doc: Document, name: string, texturePx: number): Promise<Group> {
  const group = new Group();
  group.name = name;
  const textures = new Map<GltfTexture, Promise<Texture>>();
  const materials = new Map<GltfMaterial | null, Promise<MeshStandardMaterial>>();
  const textureOf = (t: GltfTexture) => {
    if (!textures.has(t)) textures.set(t, decode(t, texturePx));
    return textures.get(t)!;
  };
  const materialOf = (m: GltfMaterial | null) => {
    if (!materials.has(m)) materials.set(m, convertMaterial(m, textureOf));
    return materials.get(m)!;
  };
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const p of mesh.listPrimitives()) {
      if (p.getMode() !== Primitive.Mode.TRIANGLES) continue;
      const position = p.getAttribute('POSITION');
      if (!position) continue;
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(new Float32Array(position.getArray()!), 3));
      const normal = p.getAttribute('NORMAL');
      const uv = p.getAttribute('TEXCOORD_0');
      if (uv) g.setAttribute('uv', new BufferAttribute(new Float32Array(uv.getArray()!), 2));
      const indices = p.getIndices();
      if (indices) g.setIndex(new BufferAttribute(new Uint32Array(indices.getArray()!), 1));
      if (normal) g.setAttribute('normal', new BufferAttribute(new Float32Array(normal.getArray()!), 3));
      else g.computeVertexNormals();
      const m = new Mesh(g, await materialOf(p.getMaterial()));
      m.name = mesh.getName() || name;
      group.add(m);
    }
  }
  return group;
}

async function convertMaterial(m: GltfMaterial | null, textureOf: (t: GltfTexture) => Promise<Texture>): Promise<MeshStandardMaterial> {
  const out = new MeshStandardMaterial({ name: m?.getName() || 'default' });
  if (!m) return out;
  const [r, g, b, a] = m.getBaseColorFactor();
  out.color = new Color(r, g, b);
  out.opacity = a;
  out.transparent = m.getAlphaMode() === 'BLEND';
  if (m.getAlphaMode() === 'MASK') out.alphaTest = m.getAlphaCutoff();
  out.roughness = m.getRoughnessFactor();
  out.metalness = m.getMetallicFactor();
  const [er, eg, eb] = m.getEmissiveFactor();
  out.emissive = new Color(er, eg, eb);
  if (m.getDoubleSided()) out.side = DoubleSide;
  const base = m.getBaseColorTexture();
  if (base) out.map = await textureOf(base);
  return out;
}

async function decode(t: GltfTexture, px: number): Promise<Texture> {
  const { data, info } = await sharp(t.getImage()!)
    .resize(px, px, { fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raster = new Raster(info.width, info.height);
  raster.data.set(data);
  const texture = new Texture(raster as never);
  texture.flipY = false;
  texture.colorSpace = SRGBColorSpace;
  texture.name = t.getName();
  return texture;
}
