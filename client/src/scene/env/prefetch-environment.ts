/** Where the studio lighting lives; kept free of three.js so pages can start the download early. */
export const STUDIO_ENVIRONMENT_URL = '/env/studio-pmrem.bin';

let bytes: Promise<ArrayBuffer> | null = null;

/**
 * Starts (once) the download of the prefiltered studio environment and returns its bytes.
 * @example prefetchEnvironment(); // on route entry, long before three.js has loaded
 */
export function prefetchEnvironment(): Promise<ArrayBuffer> {
  bytes ??= fetch(STUDIO_ENVIRONMENT_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${STUDIO_ENVIRONMENT_URL} answered ${r.status}`);
      return r.arrayBuffer();
    })
    .catch((e: unknown) => {
      bytes = null;
      throw e;
    });
  return bytes;
}
