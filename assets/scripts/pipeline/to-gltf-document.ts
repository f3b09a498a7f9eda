import { Document, TextureInfo, type Material as GltfMaterial, type Texture as GltfTexture } from '@gltf-transform/core';
import { KHRMaterialsVariants } from '@gltf-transform/extensions';
import { Color, Mesh, type MeshStandardMaterial, RepeatWrapping, type BufferGeometry, type Group, type Texture } from 'three';
import type { Product } from '../../../shared/catalogue/product';

/**
 * Writes a merged model (one mesh per material, see merge-by-material.ts) as a glTF document:
 * one node named after the product, one mesh, one primitive per material. When the product
 * has variants, the material named `variantMaterial` gets one sibling per variant, mapped with
 * KHR_materials_variants; variant names are the catalogue variant ids.
 *
 * Built directly with glTF-Transform because three's GLTFExporter needs FileReader and Blob.
 *
 * @example const doc = toGltfDocument(mergeByMaterial(root, p.id), p, 'fabric');
 */
export function toGltfDocument(model: Group, product: Product, variantMaterial?: string): Document {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'Vitrine assets/scripts/generate-models.ts';
  const buffer = doc.createBuffer();
  const mesh = doc.createMesh(product.id);
  const node = doc.createNode(product.id).setMesh(mesh);
  doc.createScene(product.id).addChild(node).setExtras({
    productId: product.id,
    placement: product.placement,
    dimensionsM: product.dimensionsM,
    variantMaterial: variantMaterial ?? null,
  });
  const textures = new Map<Texture, GltfTexture>();

  for (const child of model.children) {
    if (!(child instanceof Mesh)) continue;
    const g = child.geometry as BufferGeometry;
    const position = g.getAttribute('position');
    const uv = g.getAttribute('uv');
    // three's uv origin is the image's bottom-left, glTF's the top-left.
    const uvArray = new Float32Array(uv.array as Float32Array);
    for (let i = 1; i < uvArray.length; i += 2) uvArray[i] = 1 - uvArray[i]!;
    const index = g.index!.array;
    const indices = position.count > 65535 ? new Uint32Array(index) : new Uint16Array(index);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(position.array)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(g.getAttribute('normal').array)).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvArray).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
      .setMaterial(convertMaterial(doc, child.material as MeshStandardMaterial, textures));
    mesh.addPrimitive(prim);
  }

  if (variantMaterial && product.variants.length > 0) addVariants(doc, product, variantMaterial);
  return doc;
}

function convertMaterial(doc: Document, m: MeshStandardMaterial, textures: Map<Texture, GltfTexture>): GltfMaterial {
  const out = doc
    .createMaterial(m.name)
    .setBaseColorFactor([m.color.r, m.color.g, m.color.b, m.transparent ? m.opacity : 1])
    .setRoughnessFactor(m.roughness)
    .setMetallicFactor(m.metalness)
    .setAlphaMode(m.transparent ? 'BLEND' : 'OPAQUE');
  const e = m.emissive.clone().multiplyScalar(m.emissiveIntensity);
  if (e.r + e.g + e.b > 0) out.setEmissiveFactor([Math.min(e.r, 1), Math.min(e.g, 1), Math.min(e.b, 1)]);
  if (m.map) {
    let t = textures.get(m.map);
    if (!t) {
      t = doc.createTexture(m.map.name).setImage(m.map.userData.png as Uint8Array).setMimeType('image/png');
      textures.set(m.map, t);
    }
    out.setBaseColorTexture(t);
    // WrapMode is typed as a Record of any key; REPEAT and CLAMP_TO_EDGE are among its keys.
    const wrap = m.map.wrapS === RepeatWrapping ? TextureInfo.WrapMode.REPEAT! : TextureInfo.WrapMode.CLAMP_TO_EDGE!;
    out.getBaseColorTextureInfo()!.setWrapS(wrap).setWrapT(wrap);
  }
  return out;
}

function addVariants(doc: Document, product: Product, materialName: string): void {
  const base = doc.getRoot().listMaterials().find((m) => m.getName() === materialName);
  if (!base) throw new Error(`${product.id}: no material named "${materialName}" to attach variants to`);
  const ext = doc.createExtension(KHRMaterialsVariants);
  const mappings = product.variants.map((v, i) => {
    const c = new Color(v.swatch);
    const material = i === 0 ? base : base.clone().setName(`${materialName}:${v.id}`);
    material.setBaseColorFactor([c.r, c.g, c.b, base.getBaseColorFactor()[3]]);
    return ext.createMapping().setMaterial(material).addVariant(ext.createVariant(v.id));
  });
  for (const prim of doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives())) {
    if (prim.getMaterial() !== base) continue;
    const list = ext.createMappingList();
    for (const m of mappings) list.addMapping(m);
    prim.setExtension('KHR_materials_variants', list);
  }
}
