import { describe, expect, it } from 'vitest';
import { NO_MODEL } from './product-model';
import { hasAnyModel, modelFor, placeableVariantId, quickLookUrl } from './variant-model';
import type { Product } from './product';

const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });
const BRASS = { glb: '/files/models/lamp--laiton.glb', usdz: '/files/models/lamp--laiton.usdz' };
const SOFA = { glb: '/models/sofa.glb', usdz: '/models/sofa.usdz' };
/** A lamp with no model of its own, whose brass variant has one. */
const lamp = { id: 'lamp', model: NO_MODEL, variants: [variant('blanc'), variant('laiton', BRASS)] };
/** A sofa with a model, one variant with materials only, one with a shape of its own. */
const sofa = { id: 'sofa', model: SOFA, variants: [variant('sable'), variant('bleu'), variant('angle', { glb: '/models/sofa--angle.glb', usdz: '' })] };

describe('the model shown for a chosen variant', () => {
  it('a variant with its own model shows it, even when the product has none', () => {
    expect(modelFor(lamp, 'laiton')).toEqual(BRASS);
    expect(modelFor(sofa, 'angle').glb).toBe('/models/sofa--angle.glb');
  });

  it('a variant without one shows the product model, or the photo when the product has none', () => {
    expect(modelFor(lamp, 'blanc')).toEqual(NO_MODEL);
    expect(modelFor(lamp, null)).toEqual(NO_MODEL);
    expect(modelFor(sofa, 'bleu')).toEqual(SOFA);
    expect(modelFor(sofa, 'unknown')).toEqual(SOFA);
  });

  it('a variant model whose file was dropped counts as none', () => {
    const dropped = { ...lamp, variants: [variant('laiton', NO_MODEL)] };
    expect(modelFor(dropped, 'laiton')).toEqual(NO_MODEL);
    expect(hasAnyModel(dropped)).toBe(false);
  });

  it('Quick Look opens the variant’s own USDZ, the product’s file for its materials, or nothing', () => {
    expect(quickLookUrl(lamp, 'laiton')).toBe(BRASS.usdz);
    expect(quickLookUrl(lamp, 'blanc')).toBe('');
    expect(quickLookUrl(sofa, 'sable')).toBe('/models/sofa.usdz');
    expect(quickLookUrl(sofa, 'bleu')).toBe('/models/variants/sofa--bleu.usdz');
    expect(quickLookUrl(sofa, 'angle')).toBe('');
  });

  it('a product is placeable when some variant has a model, and is placed as that variant', () => {
    expect(hasAnyModel(lamp)).toBe(true);
    expect(placeableVariantId(lamp)).toBe('laiton');
    expect(placeableVariantId(sofa)).toBe('sable');
    expect(placeableVariantId({ id: 'x', model: NO_MODEL, variants: [] })).toBeNull();
  });
});
