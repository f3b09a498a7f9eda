import { catalogueStore } from '../../stores/catalogue-store';
import { hasWebGL2 } from '../../scene/webgl-support';
import { prefetchEnvironment } from '../../scene/env/prefetch-environment';
import { prefetchModel } from '../../scene/glb/prefetch-model';
import { shownVariantId } from '../../../../shared/catalogue/shown-variant';
import { modelFor } from '../../../../shared/catalogue/variant-model';

/**
 * Runs when `/p/:productId` matches, while the page's own code is still downloading: the product,
 * its stock, and (with WebGL) the 3D code, the lighting and the model all start at once instead of
 * one after the other. The model is the one the page will show: the variant named by `?v=` (or the
 * first) brings its own when it has one.
 *
 * @example prefetchProductPage({ productId: 'sofa-oslo-3' })
 */
export function prefetchProductPage(params: Record<string, string | undefined>): void {
  const id = params.productId;
  if (!id) return;
  // Read now: the route's params leave the query out, and the address may change before the product arrives.
  const requested = new URLSearchParams(window.location.search).get('v');
  const c = catalogueStore.getState();
  const product = c.loadProduct(id);
  // The poster is the first paint of the page: ask for it before anything 3D.
  void product
    .then((p) => {
      const img = new Image();
      img.fetchPriority = 'high';
      img.src = p.thumbnail;
    })
    .catch(() => undefined);
  void c.loadPromotions().catch(() => undefined);
  void c.loadLocations().catch(() => undefined);
  void c.loadAvailability(id, 10_000).catch(() => undefined);
  if (!hasWebGL2()) return;
  void import('../../scene/viewer/product-viewer').catch(() => undefined);
  void prefetchEnvironment().catch(() => undefined);
  void product
    .then((p) => {
      const { glb } = modelFor(p, shownVariantId(p, requested));
      return glb ? prefetchModel(glb) : undefined;
    })
    .catch(() => undefined);
}
