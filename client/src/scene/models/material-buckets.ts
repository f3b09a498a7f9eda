import { Color, MeshLambertMaterial, MeshStandardMaterial, type Material, type Texture } from 'three';

/**
 * Products are drawn in a handful of batches, one per kind of surface rather than one per
 * product: colour travels in vertex colours, so every matte fabric of every sofa shares one
 * material and one draw call. Textured surfaces keep their texture only up close (level 0).
 */
export type BucketKey = string;

/** @example bucketOf(fabric, 0) // 'dielectric:matte'; bucketOf(fabric, 1) // 'far' */
export function bucketOf(m: MeshStandardMaterial, lod: number): BucketKey {
  if (m.transparent || m.opacity < 1) return 'glass';
  // Beyond arm's length nobody tells satin from matte: one cheap Lambert batch for all of it.
  if (lod > 0) return 'far';
  if (lod === 0 && m.map) return `tex:${(m.map.userData.contentKey as string | undefined) ?? m.map.uuid}`;
  // Lamp shades and opal globes glow a little, as in the product viewer.
  if (m.emissive && m.emissiveIntensity > 0 && m.emissive.getHex() !== 0) return 'glow';
  const metal = m.metalness >= 0.5 ? 'metal' : 'dielectric';
  const rough = m.roughness >= 0.7 ? 'matte' : m.roughness >= 0.4 ? 'satin' : 'gloss';
  return `${metal}:${rough}`;
}

const ROUGHNESS = { matte: 0.85, satin: 0.55, gloss: 0.3 } as const;
/** The store's lights already do most of the work; the studio environment adds reflections. */
const ENV_INTENSITY = 0.45;

/**
 * The shared material of a bucket, made from the first source material that lands there.
 * @example bucketMaterial('dielectric:matte', fabric)
 */
export function bucketMaterial(key: BucketKey, source: MeshStandardMaterial): Material {
  if (key === 'far') return new MeshLambertMaterial({ name: key, vertexColors: true });
  if (key === 'glass') {
    return new MeshStandardMaterial({ name: key, vertexColors: true, transparent: true, opacity: 0.45, roughness: 0.15, depthWrite: false, envMapIntensity: ENV_INTENSITY });
  }
  if (key === 'glow') {
    return new MeshStandardMaterial({ name: key, vertexColors: true, roughness: 0.9, emissive: source.emissive, emissiveIntensity: Math.max(0.4, source.emissiveIntensity), envMapIntensity: ENV_INTENSITY });
  }
  if (key.startsWith('tex:')) {
    return new MeshStandardMaterial({ name: key, vertexColors: true, map: source.map, roughness: source.roughness, metalness: source.metalness, envMapIntensity: ENV_INTENSITY });
  }
  const [metal, rough] = key.split(':') as ['metal' | 'dielectric', keyof typeof ROUGHNESS];
  return new MeshStandardMaterial({ name: key, vertexColors: true, roughness: ROUGHNESS[rough] ?? 0.7, metalness: metal === 'metal' ? 0.9 : 0, envMapIntensity: ENV_INTENSITY });
}

const averages = new WeakMap<Texture, Color>();
let scratch: CanvasRenderingContext2D | null = null;

/**
 * The mean colour of a texture (linear), for the distant levels where the texture is dropped.
 * @example averageColor(wood.map) // Color(0.4, 0.25, 0.12)
 */
export function averageColor(t: Texture): Color {
  const known = averages.get(t);
  if (known) return known;
  const out = new Color(1, 1, 1);
  try {
    const image = t.image as CanvasImageSource | undefined;
    if (image && typeof document !== 'undefined') {
      scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (scratch) {
        scratch.canvas.width = 4;
        scratch.canvas.height = 4;
        scratch.drawImage(image, 0, 0, 4, 4);
        const px = scratch.getImageData(0, 0, 4, 4).data;
        let r = 0;
        let g = 0;
        let b = 0;
        // 4 × 4 RGBA pixels: 64 bytes, so i + 2 < 64 is always within them.
        for (let i = 0; i < 64; i += 4) {
          r += px[i]!;
          g += px[i + 1]!;
          b += px[i + 2]!;
        }
        out.setRGB(r / 16 / 255, g / 16 / 255, b / 16 / 255, 'srgb');
      }
    }
  } catch {
    /* a tainted or missing image keeps white: the material colour alone */
  }
  averages.set(t, out);
  return out;
}
