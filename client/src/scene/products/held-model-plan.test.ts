import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';
import { modelKey } from './faced-models';
import { heldModelPlan, type ModelStatus } from './held-model-plan';

const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });
const BRASS = { glb: '/files/models/lamp--laiton.glb', usdz: '' };
const ANGLE = { glb: '/models/sofa--angle.glb', usdz: '' };
const lamp = { id: 'lamp', model: { glb: '', usdz: '' }, variants: [variant('blanc'), variant('laiton', BRASS)] } as unknown as Product;
const sofa = { id: 'sofa', model: { glb: '/models/sofa.glb', usdz: '' }, variants: [variant('sable'), variant('bleu'), variant('angle', ANGLE)] } as unknown as Product;
const statuses = (known: Record<string, ModelStatus>) => (key: string) => known[key];

describe('the model of the product in hand when a swatch is chosen', () => {
  const box = modelKey(lamp, 'blanc');
  const brass = modelKey(lamp, 'laiton');

  it('a variant whose model is on no shelf is fetched, and the shape in hand stays meanwhile', () => {
    const plan = heldModelPlan(lamp, 'laiton', box, statuses({ [box]: 'ready' }));
    expect(plan).toEqual({ key: brass, glb: BRASS.glb, show: box, fetch: true });
  });

  it('is fetched once: while it loads nothing more is asked and the shape in hand stays', () => {
    const plan = heldModelPlan(lamp, 'laiton', box, statuses({ [box]: 'ready', [brass]: 'loading' }));
    expect(plan.fetch).toBe(false);
    expect(plan.show).toBe(box);
  });

  it('once loaded, the variant’s own file is shown', () => {
    const plan = heldModelPlan(lamp, 'laiton', box, statuses({ [box]: 'ready', [brass]: 'ready' }));
    expect(plan).toEqual({ key: brass, glb: BRASS.glb, show: brass, fetch: false });
  });

  it('a model that cannot be loaded keeps the shape in hand and is not asked for again', () => {
    const plan = heldModelPlan(lamp, 'laiton', box, statuses({ [box]: 'ready', [brass]: 'failed' }));
    expect(plan.show).toBe(box);
    expect(plan.fetch).toBe(false);
  });

  it('a variant already faced on a shelf is shown at once, without a fetch', () => {
    const plan = heldModelPlan(sofa, 'angle', modelKey(sofa, 'sable'), statuses({ [modelKey(sofa, 'sable')]: 'ready', [modelKey(sofa, 'angle')]: 'ready' }));
    expect(plan).toEqual({ key: modelKey(sofa, 'angle'), glb: ANGLE.glb, show: modelKey(sofa, 'angle'), fetch: false });
  });

  it('variants that differ only by materials share the file in hand: nothing to fetch', () => {
    const sable = modelKey(sofa, 'sable');
    const plan = heldModelPlan(sofa, 'bleu', sable, statuses({ [sable]: 'ready' }));
    expect(plan).toEqual({ key: sable, glb: '/models/sofa.glb', show: sable, fetch: false });
  });

  it('back from a variant’s own model to one without: the product’s file (here its true-size box)', () => {
    const plan = heldModelPlan(lamp, 'blanc', brass, statuses({ [brass]: 'ready' }));
    expect(plan).toEqual({ key: box, glb: '', show: brass, fetch: true });
  });
});
