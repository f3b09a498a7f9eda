import { Color, Mesh, MeshStandardMaterial, type Material, type Texture } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { Product } from '../../../../shared/catalogue/product';
import { toFloatGeometry } from './float-geometry';
import { placeholderModel } from './placeholder-model';
import type { ModelPart, ProductModel } from './product-model';

let loader: GLTFLoader | null = null;
/** Each file read once, by `${product id} ${glb}`: what the file gives, or why it could not be read. */
const files = new Map<string, Promise<ProductModel>>();
/** The same, with the true-size box standing in for a file that could not be read. */
const cache = new Map<string, Promise<ProductModel>>();
const WHITE = new Color(1, 1, 1);

/**
 * Loads a product's GLB once (meshopt + quantisation + KHR_materials_variants, as the assets
 * pipeline writes them) and flattens it into parts; falls back to a true-size placeholder box
 * when the model is missing or broken, so the store never waits for, or fails on, one asset.
 * `glb` is the file to read: the product's, or a variant's own (see faced-models.ts).
 *
 * @example const model = await loadProductModel(product, modelFor(product, 'angle').glb)
 */
export function loadProductModel(p: Product, glb = p.model.glb): Promise<ProductModel> {
  const key = `${p.id} ${glb}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchProductModel(p, glb).catch(() => placeholderModel(p));
    cache.set(key, pending);
  }
  return pending;
}

/**
 * The same load, through the same cache (a file is read once, whoever asks first), but rejects
 * when the file is missing or broken: a caller that already shows a shape can keep it rather
 * than swap it for a box. `glb` '' is the product's true-size box, never a failure.
 *
 * @example fetchProductModel(lamp, '/files/models/lamp--laiton.glb').catch(() => keepTheShapeInHand())
 */
export function fetchProductModel(p: Product, glb = p.model.glb): Promise<ProductModel> {
  const key = `${p.id} ${glb}`;
  let pending = files.get(key);
  if (!pending) {
    pending = fetchModel(p, glb);
    // Handled by whoever asked; this keeps a failure no one awaits yet from being reported unhandled.
    pending.catch(() => undefined);
    files.set(key, pending);
  }
  return pending;
}

async function fetchModel(p: Product, glb: string): Promise<ProductModel> {
  if (!glb) return placeholderModel(p);
  const response = await fetch(glb);
  if (!response.ok) throw new Error(`${glb}: HTTP ${response.status}`);
  const buffer = await response.arrayBuffer();
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(buffer, '');
  return flatten(p, glb, gltf);
}

interface VariantsExtension {
  variants?: Array<{ name: string }>;
}
interface MappingsExtension {
  mappings?: Array<{ material: number; variants: number[] }>;
}

async function flatten(p: Product, glb: string, gltf: GLTF): Promise<ProductModel> {
  gltf.scene.updateMatrixWorld(true);
  await keyTexturesByContent(gltf);
  const parts: ModelPart[] = [];
  const variants = new Map<string, Map<string, MeshStandardMaterial>>();
  const names = ((gltf.userData?.gltfExtensions?.KHR_materials_variants ?? {}) as VariantsExtension).variants?.map((v) => v.name) ?? [];
  const meshes: Mesh[] = [];
  gltf.scene.traverse((o) => {
    if (o instanceof Mesh) meshes.push(o);
  });
  for (const mesh of meshes) {
    const material = asStandard(mesh.material as Material);
    const materialName = material.name || `part-${parts.length}`;
    parts.push({ geometry: toFloatGeometry(mesh.geometry, mesh.matrixWorld, WHITE, true), materialName, material });
    const ext = mesh.userData?.gltfExtensions?.KHR_materials_variants as MappingsExtension | undefined;
    for (const m of ext?.mappings ?? []) {
      const variantMaterial = asStandard((await gltf.parser.getDependency('material', m.material)) as Material);
      for (const vi of m.variants) {
        const id = names[vi];
        if (!id) continue;
        if (!variants.has(id)) variants.set(id, new Map());
        variants.get(id)!.set(materialName, variantMaterial);
      }
    }
  }
  if (parts.length === 0) throw new Error(`${glb}: no mesh to show`);
  return { productId: p.id, source: 'glb', glb, parts, variants };
}

/**
 * Gives every texture a key made from its image bytes (`userData.contentKey`): the same wood
 * grain in twenty GLBs is then one texture and one batch, not twenty.
 */
async function keyTexturesByContent(gltf: GLTF): Promise<void> {
  const json = gltf.parser.json as { textures?: Array<{ source?: number }>; images?: Array<{ bufferView?: number; uri?: string }> };
  const seen = new Set<Texture>();
  const materials: MeshStandardMaterial[] = [];
  gltf.scene.traverse((o) => {
    if (o instanceof Mesh && o.material instanceof MeshStandardMaterial) materials.push(o.material);
  });
  for (const m of materials) {
    const t = m.map;
    if (!t || seen.has(t)) continue;
    seen.add(t);
    const assoc = gltf.parser.associations.get(t) as { textures?: number } | undefined;
    const image = assoc?.textures !== undefined ? json.images?.[json.textures?.[assoc.textures]?.source ?? -1] : undefined;
    if (image?.bufferView === undefined) continue;
    const bytes = new Uint8Array((await gltf.parser.getDependency('bufferView', image.bufferView)) as ArrayBuffer);
    t.userData.contentKey = `${bytes.length}-${fnv1a(bytes)}`;
  }
}

function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(16);
}

function asStandard(m: Material): MeshStandardMaterial {
  if (m instanceof MeshStandardMaterial) return m;
  const out = new MeshStandardMaterial({ name: m.name });
  const colored = m as Material & { color?: Color };
  if (colored.color) out.color.copy(colored.color);
  return out;
}
