import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';

const BRASS = { glb: '/files/models/lamp--laiton.glb', usdz: '' };
const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });
const products: Record<string, Product> = {
  // No model of its own; its brass finish has one.
  lamp: { id: 'lamp', thumbnail: '/posters/lamp.webp', model: { glb: '', usdz: '' }, variants: [variant('blanc'), variant('laiton', BRASS)] } as unknown as Product,
  sofa: { id: 'sofa', thumbnail: '/posters/sofa.webp', model: { glb: '/models/sofa.glb', usdz: '' }, variants: [variant('sable'), variant('angle', { glb: '/models/sofa--angle.glb', usdz: '' })] } as unknown as Product,
};

const prefetchModel = vi.fn(async () => new ArrayBuffer(0));
vi.mock('../../scene/glb/prefetch-model', () => ({ prefetchModel }));
vi.mock('../../scene/webgl-support', () => ({ hasWebGL2: () => true }));
vi.mock('../../scene/env/prefetch-environment', () => ({ prefetchEnvironment: async () => undefined }));
vi.mock('../../scene/viewer/product-viewer', () => ({}));
vi.mock('../../stores/catalogue-store', () => ({
  catalogueStore: {
    getState: () => ({
      loadProduct: async (id: string) => products[id]!,
      loadPromotions: async () => [],
      loadLocations: async () => [],
      loadAvailability: async () => null,
    }),
  },
}));

const { prefetchProductPage } = await import('./prefetch-product-page');

/** Opens `/p/<id><search>` and lets the prefetches run. */
async function open(id: string, search: string) {
  vi.stubGlobal('window', { location: { search } });
  vi.stubGlobal('Image', class { src = ''; fetchPriority = ''; });
  prefetchProductPage({ productId: id });
  // The catalogue answers at once here: its promise chain is done before the next task.
  await new Promise((r) => setTimeout(r, 0));
}

afterEach(() => {
  prefetchModel.mockClear();
  vi.unstubAllGlobals();
});

describe('the product page prefetches the model it will show', () => {
  it('the variant named in the address brings its own model, though the product has none', async () => {
    await open('lamp', '?v=laiton');
    expect(prefetchModel.mock.calls).toEqual([[BRASS.glb]]);
  });

  it('a variant with its own shape is prefetched instead of the product’s model', async () => {
    await open('sofa', '?v=angle');
    expect(prefetchModel.mock.calls).toEqual([['/models/sofa--angle.glb']]);
  });

  it('without a variant in the address, the first variant decides: the product model, or nothing for a photo', async () => {
    await open('sofa', '');
    expect(prefetchModel.mock.calls).toEqual([['/models/sofa.glb']]);
    prefetchModel.mockClear();
    await open('lamp', '?v=vert');
    expect(prefetchModel).not.toHaveBeenCalled();
  });
});
