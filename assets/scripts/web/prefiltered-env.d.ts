import type { CompressedCubeTexture } from 'three';

/** Fetches assets/env/studio-pmrem.bin and returns a texture for `scene.environment`. */
export function loadPrefilteredEnvironment(url: string): Promise<CompressedCubeTexture>;
/** Decodes an already fetched and inflated file. */
export function parsePrefilteredEnvironment(bytes: Uint8Array): CompressedCubeTexture;
