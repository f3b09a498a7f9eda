const cache = new Map<string, Promise<ArrayBuffer>>();

/**
 * Downloads a model once per page (the viewer and AR share it); three.js-free, so a route can start
 * it before the 3D code has arrived.
 * @example void prefetchModel(product.model.glb)
 */
export function prefetchModel(url: string): Promise<ArrayBuffer> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url} answered ${r.status}`);
        return r.arrayBuffer();
      })
      .catch((e: unknown) => {
        cache.delete(url);
        throw e;
      });
    cache.set(url, p);
  }
  return p;
}
