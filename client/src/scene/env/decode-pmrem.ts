import { inflateIfGzip, readPmremFaces } from '../../../../assets/scripts/web/pmrem-format.js';
import { CompressedCubeTexture, HalfFloatType, LinearFilter, LinearMipmapLinearFilter, LinearSRGBColorSpace, RGBAFormat } from '../lite/three';

/**
 * Decodes Vitrine's prefiltered environment file (assets/env/*-pmrem.bin, written by
 * assets/scripts/bake-env.ts; format in assets/scripts/lib/pmrem-encoding.ts): gzip of magic,
 * u32 header length, JSON header, then half-float RGB as two byte planes, level by level and face
 * by face. The result is flagged as a ready PMREM texture, so three.js does no prefiltering.
 *
 * @example scene.environment = decodePmrem(await inflate(bytes))
 */
export function decodePmrem(bytes: Uint8Array): CompressedCubeTexture {
  const { faces } = readPmremFaces(bytes);
  const texture = new CompressedCubeTexture(faces as never, RGBAFormat as never, HalfFloatType);
  texture.name = 'PMREM';
  (texture as unknown as { isPMREMTexture: boolean }).isPMREMTexture = true;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.colorSpace = LinearSRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

export { inflateIfGzip };
