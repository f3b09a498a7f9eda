import { describe, expect, it } from 'vitest';
import { NO_MODEL, hasModel, onSaleWithoutModel, withoutMissingModels } from './product-model';
import type { Product } from './product';

const files = new Set(['/models/sofa.glb', '/models/sofa.usdz', '/files/models/chair/1a.glb', '/files/models/chair/1b.usdz', '/models/sofa--bleu.glb']);
const exists = (url: string) => files.has(url);
const product = (model: Product['model'], variants: Product['variants'] = []) => ({ model, variants });
const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });

describe('product model', () => {
  it('a product without a model has empty URLs', () => {
    expect(hasModel({ model: NO_MODEL })).toBe(false);
    expect(hasModel({ model: { glb: '/models/sofa.glb', usdz: '/models/sofa.usdz' } })).toBe(true);
  });

  it('a product on sale without a model is one shoppers see with its photo only, a draft is not', () => {
    expect(onSaleWithoutModel({ status: 'published', model: NO_MODEL })).toBe(true);
    expect(onSaleWithoutModel({ model: NO_MODEL })).toBe(true);
    expect(onSaleWithoutModel({ status: 'draft', model: NO_MODEL })).toBe(false);
    expect(onSaleWithoutModel({ status: 'published', model: { glb: '/models/sofa.glb', usdz: '' } })).toBe(false);
  });

  it('drops the model whose GLB is not there, and keeps the same object when all is there', () => {
    const ghost = product({ glb: '/models/ghost.glb', usdz: '/models/ghost.usdz' });
    expect(withoutMissingModels(ghost, exists).model).toEqual(NO_MODEL);
    const sofa = product({ glb: '/models/sofa.glb', usdz: '/models/sofa.usdz' }, [variant('sable'), variant('bleu', { glb: '/models/sofa--bleu.glb', usdz: '' })]);
    expect(withoutMissingModels(sofa, exists)).toBe(sofa);
    const none = product(NO_MODEL);
    expect(withoutMissingModels(none, exists)).toBe(none);
  });

  it('drops a missing USDZ alone, and a variant model whose GLB is missing', () => {
    const chair = product({ glb: '/files/models/chair/1a.glb', usdz: '/files/models/chair/gone.usdz' }, [variant('noir', { glb: '/models/chair--noir.glb', usdz: '/models/chair--noir.usdz' })]);
    const shown = withoutMissingModels(chair, exists);
    expect(shown.model).toEqual({ glb: '/files/models/chair/1a.glb', usdz: '' });
    expect(shown.variants).toEqual([variant('noir')]);
  });
});
