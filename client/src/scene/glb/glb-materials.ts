import {
  ClampToEdgeWrapping,
  DoubleSide,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  MeshStandardMaterial,
  MirroredRepeatWrapping,
  NearestFilter,
  RepeatWrapping,
  SRGBColorSpace,
  Texture,
  type ColorSpace,
  type MagnificationTextureFilter,
  type MinificationTextureFilter,
  type Wrapping,
} from '../lite/three';
import type { GltfJson, GltfMaterial, GltfTextureInfo } from './gltf-types';
import type { GlbBuffers } from './glb-buffers';

const WRAP: Record<number, Wrapping> = { 33071: ClampToEdgeWrapping, 33648: MirroredRepeatWrapping, 10497: RepeatWrapping };
const FILTER: Record<number, MagnificationTextureFilter | MinificationTextureFilter> = { 9728: NearestFilter, 9729: LinearFilter, 9987: LinearMipmapLinearFilter };

/** Builds glTF materials as MeshStandardMaterial (metallic-roughness PBR) with their textures. */
export class GlbMaterials {
  private readonly images = new Map<number, Promise<ImageBitmap | null>>();
  readonly textures: Texture[] = [];

  constructor(
    private readonly json: GltfJson,
    private readonly buffers: GlbBuffers,
    private readonly withImages: boolean,
  ) {}

  async material(index: number | undefined): Promise<MeshStandardMaterial> {
    const def: GltfMaterial = index === undefined ? {} : (this.json.materials?.[index] ?? {});
    const pbr = def.pbrMetallicRoughness ?? {};
    const m = new MeshStandardMaterial({ name: def.name ?? '' });
    const [r, g, b, a] = pbr.baseColorFactor ?? [1, 1, 1, 1];
    m.color.setRGB(r, g, b, LinearSRGBColorSpace);
    m.opacity = a;
    m.metalness = pbr.metallicFactor ?? 1;
    m.roughness = pbr.roughnessFactor ?? 1;
    if (def.emissiveFactor) m.emissive.setRGB(...def.emissiveFactor, LinearSRGBColorSpace);
    if (def.doubleSided) m.side = DoubleSide;
    if (def.alphaMode === 'BLEND') {
      m.transparent = true;
      m.depthWrite = false;
    } else if (def.alphaMode === 'MASK') {
      m.alphaTest = def.alphaCutoff ?? 0.5;
    }
    const [map, mr, normal, ao, emissive] = await Promise.all([
      this.texture(pbr.baseColorTexture, SRGBColorSpace),
      this.texture(pbr.metallicRoughnessTexture, LinearSRGBColorSpace),
      this.texture(def.normalTexture, LinearSRGBColorSpace),
      this.texture(def.occlusionTexture, LinearSRGBColorSpace),
      this.texture(def.emissiveTexture, SRGBColorSpace),
    ]);
    m.map = map;
    m.metalnessMap = m.roughnessMap = mr;
    m.normalMap = normal;
    // Without vertex tangents three derives them from screen-space derivatives, whose Y is flipped
    // for glTF's unflipped textures; GlbModel undoes this for meshes that do carry tangents.
    const ns = def.normalTexture?.scale ?? 1;
    if (normal) m.normalScale.set(ns, -ns);
    m.aoMap = ao;
    if (ao && def.occlusionTexture?.strength !== undefined) m.aoMapIntensity = def.occlusionTexture.strength;
    m.emissiveMap = emissive;
    if (emissive && !def.emissiveFactor) m.emissive.setRGB(1, 1, 1);
    return m;
  }

  private async texture(info: GltfTextureInfo | undefined, colorSpace: ColorSpace): Promise<Texture | null> {
    if (!info || !this.withImages) return null;
    const def = this.json.textures?.[info.index];
    if (def?.source === undefined) return null;
    const image = await this.image(def.source);
    if (!image) return null;
    const t = new Texture(image);
    t.flipY = false; // glTF UVs have their origin at the top left
    t.colorSpace = colorSpace;
    const s = def.sampler === undefined ? undefined : this.json.samplers?.[def.sampler];
    t.wrapS = WRAP[s?.wrapS ?? 10497] ?? RepeatWrapping;
    t.wrapT = WRAP[s?.wrapT ?? 10497] ?? RepeatWrapping;
    t.magFilter = (FILTER[s?.magFilter ?? 9729] ?? LinearFilter) as MagnificationTextureFilter;
    t.minFilter = (FILTER[s?.minFilter ?? 9987] ?? LinearMipmapLinearFilter) as MinificationTextureFilter;
    t.anisotropy = 4;
    const tt = info.extensions?.KHR_texture_transform;
    if (tt) {
      if (tt.offset) t.offset.fromArray(tt.offset);
      if (tt.scale) t.repeat.fromArray(tt.scale);
      if (tt.rotation) t.rotation = tt.rotation;
    }
    const channel = tt?.texCoord ?? info.texCoord ?? 0;
    t.channel = channel;
    t.needsUpdate = true;
    this.textures.push(t);
    return t;
  }

  private image(index: number): Promise<ImageBitmap | null> {
    let p = this.images.get(index);
    if (!p) {
      p = this.decodeImage(index);
      this.images.set(index, p);
    }
    return p;
  }

  private async decodeImage(index: number): Promise<ImageBitmap | null> {
    const img = this.json.images?.[index];
    if (img?.bufferView === undefined || typeof createImageBitmap !== 'function') return null;
    const bytes = await this.buffers.view(img.bufferView);
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: img.mimeType ?? 'image/png' });
    return createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  }
}
