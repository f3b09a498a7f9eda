import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';
import { placeProducts } from '../layout/place-products';
import { testCatalogue } from '../layout/test-catalogue';
import storeLayoutJson from '../../../../assets/store-layout/store-layout.json';
import { parseStoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { facedModels, modelKey } from './faced-models';

const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });
const BRASS = { glb: '/files/models/lamp--laiton.glb', usdz: '' };
const ANGLE = { glb: '/models/sofa--angle.glb', usdz: '' };
const lamp = { id: 'lamp', model: { glb: '', usdz: '' }, variants: [variant('blanc'), variant('laiton', BRASS)] } as unknown as Product;
const sofa = { id: 'sofa', model: { glb: '/models/sofa.glb', usdz: '' }, variants: [variant('sable'), variant('bleu'), variant('angle', ANGLE)] } as unknown as Product;
const byId = new Map([lamp, sofa].map((p) => [p.id, p]));
const at = (productId: string, variantId: string | null) => ({ productId, variantId });

describe('the models the 3D store shows', () => {
  it('a faced variant with its own model stands in that model, the others in the product’s', () => {
    const items = [at('sofa', 'sable'), at('sofa', 'angle'), at('sofa', 'bleu'), at('lamp', 'laiton'), at('lamp', 'blanc')];
    const { models, keyOf } = facedModels(items, byId);
    const glbOf = (i: number) => models.find((m) => m.key === keyOf[i])!.glb;
    expect([0, 1, 2, 3, 4].map(glbOf)).toEqual(['/models/sofa.glb', ANGLE.glb, '/models/sofa.glb', BRASS.glb, '']);
  });

  it('each model is loaded once, however many copies and variants share it', () => {
    const items = [at('sofa', 'sable'), at('sofa', 'bleu'), at('sofa', 'sable'), at('sofa', 'angle'), at('sofa', 'angle')];
    const { models, keyOf } = facedModels(items, byId);
    expect(models.map((m) => m.glb)).toEqual(['/models/sofa.glb', ANGLE.glb]);
    expect(keyOf[0]).toBe(keyOf[1]);
    expect(keyOf[3]).toBe(keyOf[4]);
    expect(keyOf[0]).not.toBe(keyOf[3]);
  });

  it('a variant without a model of a product without one shows the true-size box, apart from its brass sibling', () => {
    expect(modelKey(lamp, 'blanc')).toBe(modelKey(lamp, null));
    expect(modelKey(lamp, 'blanc')).not.toBe(modelKey(lamp, 'laiton'));
  });

  it('room sets and podiums that name a variant, and shelves that cycle through them, get its model', () => {
    const layout = parseStoreLayout(storeLayoutJson);
    // The living room's sofa is dressed in sage; sage gets a shape of its own.
    const dressed = layout.sets.flatMap((s) => s.items).find((i) => i.productId === 'sofa-oslo-3' && i.variantId)!;
    const real = testCatalogue.find((p) => p.id === dressed.productId)!;
    const own = { glb: `/files/models/${real.id}--${dressed.variantId}.glb`, usdz: '' };
    const withOwn = { ...real, variants: real.variants.map((v) => (v.id === dressed.variantId ? { ...v, model: own } : v)) };
    const catalogue = testCatalogue.map((p) => (p.id === real.id ? withOwn : p));
    const items = placeProducts(layout, catalogue, 400).items;
    const { models, keyOf } = facedModels(items, new Map(catalogue.map((p) => [p.id, p])));
    const glbOf = (i: number) => models.find((m) => m.key === keyOf[i])!.glb;
    const mine = items.filter((it) => it.productId === real.id);
    expect(mine.some((it) => it.source === 'set' && it.variantId === dressed.variantId)).toBe(true);
    for (const it of mine) expect(glbOf(it.index)).toBe(it.variantId === dressed.variantId ? own.glb : real.model.glb);
    expect(mine.filter((it) => it.source === 'shelf' && glbOf(it.index) === own.glb).length).toBeGreaterThan(0);
  });
});
