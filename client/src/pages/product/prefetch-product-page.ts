import { catalogueStore } from '../../stores/catalogue-store';
import { hasWebGL2 } from '../../scene/webgl-support';
import { prefetchEnvironment } from '../../scene/env/prefetch-environment';
import { prefetchModel } from '../../scene/glb/prefetch-model';
import { hasModel } from '../../../../shared/catalogue/product-model';

/**
 * Runs when `/p/:productId` matches, while the page's own code is still downloading: the product,
 * its stock, and (with WebGL) the 3D code, the lighting and the model all start at once instead of
 * one after the other.
 *
 * @example prefetchProductPage({ productId: 'sofa-oslo-3' })
 */
export function prefetchProductPage(params: Record<string, string | undefined>): void {
  const id = params.productId;
  if (!id) return;
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
  void product.then((p) => (hasModel(p) ? prefetchModel(p.model.glb) : undefined)).catch(() => undefined);
}
