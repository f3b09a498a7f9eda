import type { CompressedCubeTexture } from '../lite/three';
import { decodePmrem, inflateIfGzip } from './decode-pmrem';
import { prefetchEnvironment } from './prefetch-environment';

let pending: Promise<CompressedCubeTexture> | null = null;

/**
 * The studio lighting (baked by assets/scripts/bake-env.ts, already GGX-prefiltered: no PMREM pass
 * at run time), fetched and decoded once per page.
 * @example scene.environment = await studioEnvironment();
 */
export function studioEnvironment(): Promise<CompressedCubeTexture> {
  pending ??= prefetchEnvironment()
    .then(async (buf) => decodePmrem(await inflateIfGzip(new Uint8Array(buf))))
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}
