import { BufferGeometry, Group, Matrix4, Mesh, Object3D, type Material, type MeshStandardMaterial } from '../lite/three';
import type { GltfJson, GltfPrimitive } from './gltf-types';
import { readGlbContainer } from './read-glb-container';
import { GlbBuffers } from './glb-buffers';
import { GlbMaterials } from './glb-materials';
import { prefetchModel } from './prefetch-model';

const ATTRIBUTE_NAMES: Record<string, string> = {
  POSITION: 'position',
  NORMAL: 'normal',
  TANGENT: 'tangent',
  TEXCOORD_0: 'uv',
  TEXCOORD_1: 'uv1',
  COLOR_0: 'color',
};

export interface GlbModel {
  /** The scene root; Vitrine models have their origin on the floor (or on the wall for wall items). */
  root: Group;
  /** KHR_materials_variants names, in file order (they are the catalogue's variant ids). */
  variants: string[];
  /** `scenes[0].extras` written by the asset pipeline (productId, placement, dimensionsM...). */
  extras: Record<string, unknown>;
  /** Swaps the materials of every mapped primitive; unknown or null names restore the defaults. */
  setVariant(name: string | null): void;
  dispose(): void;
}

interface VariantMesh {
  mesh: Mesh;
  defaultMaterial: Material;
  byVariant: Map<number, Material>;
}

/**
 * A small glTF 2.0 binary loader for the subset Vitrine's asset pipeline writes: meshes with
 * EXT_meshopt_compression and KHR_mesh_quantization, metallic-roughness materials, embedded images
 * and KHR_materials_variants. About a tenth of GLTFLoader's weight in the product page.
 *
 * @example const model = await loadGlb('/models/sofa-oslo-3.glb'); scene.add(model.root); model.setVariant('sauge');
 */
export async function loadGlb(url: string): Promise<GlbModel> {
  // The bytes are shared (one download per page); each call parses its own three.js objects.
  return parseGlb(await prefetchModel(url));
}

/** @param withImages false skips textures (Node tests, where createImageBitmap is missing). */
export async function parseGlb(buffer: ArrayBuffer, { withImages = true } = {}): Promise<GlbModel> {
  const { json, bin } = readGlbContainer(buffer);
  for (const ext of json.extensionsRequired ?? []) {
    if (!['EXT_meshopt_compression', 'KHR_mesh_quantization', 'KHR_texture_transform'].includes(ext)) throw new Error(`glTF extension ${ext} is not supported`);
  }
  const buffers = new GlbBuffers(json, bin);
  const materials = new GlbMaterials(json, buffers, withImages);
  const materialCache = new Map<number | undefined, Promise<MeshStandardMaterial>>();
  const material = (i: number | undefined) => {
    let p = materialCache.get(i);
    if (!p) {
      p = materials.material(i);
      materialCache.set(i, p);
    }
    return p;
  };
  const variantMeshes: VariantMesh[] = [];
  const adjusted: Material[] = [];

  const buildPrimitive = async (prim: GltfPrimitive, name: string): Promise<Mesh> => {
    if ((prim.mode ?? 4) !== 4) throw new Error('only triangle meshes are supported');
    const geometry = new BufferGeometry();
    await Promise.all(
      Object.entries(prim.attributes).map(async ([key, index]) => {
        const attr = ATTRIBUTE_NAMES[key];
        if (attr) geometry.setAttribute(attr, await buffers.attribute(index));
      }),
    );
    if (prim.indices !== undefined) {
      const idx = await buffers.attribute(prim.indices);
      geometry.setIndex(idx as never);
    }
    if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
    let mat: Material = await material(prim.material);
    if (geometry.getAttribute('tangent') || geometry.getAttribute('color')) {
      mat = adjustForAttributes(mat as MeshStandardMaterial, geometry);
      adjusted.push(mat);
    }
    const mesh = new Mesh(geometry, mat);
    mesh.name = name;
    const mappings = prim.extensions?.KHR_materials_variants?.mappings;
    if (mappings?.length) {
      const byVariant = new Map<number, Material>();
      for (const m of mappings) {
        const mm = await material(m.material);
        for (const v of m.variants) byVariant.set(v, mm);
      }
      variantMeshes.push({ mesh, defaultMaterial: mat, byVariant });
    }
    return mesh;
  };

  const buildNode = async (index: number): Promise<Object3D> => {
    const def = json.nodes?.[index];
    if (!def) throw new Error(`glTF node ${index} is missing`);
    let obj: Object3D;
    if (def.mesh !== undefined) {
      const meshDef = json.meshes?.[def.mesh];
      if (!meshDef) throw new Error(`glTF mesh ${def.mesh} is missing`);
      const prims = await Promise.all(meshDef.primitives.map((p) => buildPrimitive(p, meshDef.name ?? '')));
      const [only] = prims;
      if (only && prims.length === 1) obj = only;
      else {
        obj = new Group();
        obj.add(...prims);
      }
    } else obj = new Object3D();
    obj.name = def.name ?? obj.name;
    if (def.matrix) new Matrix4().fromArray(def.matrix).decompose(obj.position, obj.quaternion, obj.scale);
    else {
      if (def.translation) obj.position.fromArray(def.translation);
      if (def.rotation) obj.quaternion.fromArray(def.rotation);
      if (def.scale) obj.scale.fromArray(def.scale);
    }
    for (const c of await Promise.all((def.children ?? []).map(buildNode))) obj.add(c);
    return obj;
  };

  const sceneDef = json.scenes?.[json.scene ?? 0];
  const root = new Group();
  root.name = sceneDef?.name ?? 'glTF';
  for (const n of await Promise.all((sceneDef?.nodes ?? []).map(buildNode))) root.add(n);
  const allMaterials = await Promise.all([...materialCache.values()]);
  const variants = (json.extensions?.KHR_materials_variants?.variants ?? []).map((v) => v.name);

  return {
    root,
    variants,
    extras: sceneDef?.extras ?? {},
    setVariant(name) {
      const v = name === null ? -1 : variants.indexOf(name);
      for (const vm of variantMeshes) vm.mesh.material = vm.byVariant.get(v) ?? vm.defaultMaterial;
    },
    dispose() {
      root.traverse((o) => {
        if (o instanceof Mesh) o.geometry.dispose();
      });
      for (const m of [...allMaterials, ...adjusted]) m.dispose();
      for (const t of materials.textures) {
        t.dispose();
        (t.image as ImageBitmap | undefined)?.close?.();
      }
    },
  };
}

/** Vertex colours and real tangents need a material variant of their own (as GLTFLoader does). */
function adjustForAttributes(m: MeshStandardMaterial, g: BufferGeometry): MeshStandardMaterial {
  const c = m.clone();
  if (g.getAttribute('color')) c.vertexColors = true;
  if (g.getAttribute('tangent') && c.normalMap) c.normalScale.y *= -1;
  return c;
}

export type { GltfJson };
