import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';

/** Variant ids a loaded catalogue model offers; the first is its default. */
export function listVariants(gltf: Pick<GLTF, 'userData'>): string[];
/** Switches every mapped mesh to the variant's material (KHR_materials_variants). */
export function selectVariant(gltf: GLTF, variantId: string): Promise<void>;
