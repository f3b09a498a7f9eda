// Loads assets/env/studio-pmrem.bin (written by assets/scripts/bake-env.ts) as a ready
// PMREM texture for three r187+: assign it to scene.environment and no prefiltering runs.
// Plain JS (no build step) so the poster pages can import it; app code can import it too.
import {
  CompressedCubeTexture,
  HalfFloatType,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  RGBAFormat,
} from 'three';

import { inflateIfGzip, readPmremFaces } from './pmrem-format.js';

/**
 * Fetches and decodes a prefiltered environment.
 * @example scene.environment = await loadPrefilteredEnvironment('/env/studio-pmrem.bin');
 * @param {string} url
 * @returns {Promise<import('three').CompressedCubeTexture>}
 */
export async function loadPrefilteredEnvironment(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`loadPrefilteredEnvironment: ${url} answered ${response.status}`);
  return parsePrefilteredEnvironment(await inflateIfGzip(new Uint8Array(await response.arrayBuffer())));
}

/**
 * Decodes the inflated bytes: magic, header length (u32 LE), JSON header, then the half-float
 * RGB values as two byte planes (all high bytes, then all low bytes), level by level, face by
 * face (+x, -x, +y, -y, +z, -z), rows bottom-up: the order WebGL uploads them in.
 * @param {Uint8Array} bytes
 * @returns {import('three').CompressedCubeTexture}
 */
export function parsePrefilteredEnvironment(bytes) {
  const { header, faces } = readPmremFaces(bytes);
  const texture = new CompressedCubeTexture(faces, RGBAFormat, HalfFloatType);
  texture.name = 'PMREM';
  // Tells the renderer the mip chain is already GGX-prefiltered (three r187 PMREM layout).
  texture.isPMREMTexture = true;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.colorSpace = LinearSRGBColorSpace;
  texture.userData.header = header;
  texture.needsUpdate = true;
  return texture;
}
