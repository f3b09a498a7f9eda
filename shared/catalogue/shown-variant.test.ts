import { describe, expect, it } from 'vitest';
import { NO_MODEL } from './product-model';
import { shownVariantId } from './shown-variant';
import { modelFor } from './variant-model';
import type { Product } from './product';

const variant = (id: string, model?: Product['model']) => ({ id, name: { fr: id, en: id }, swatch: '#000000', ...(model ? { model } : {}) });
const BRASS = { glb: '/files/models/lamp--laiton.glb', usdz: '' };
const lamp = { id: 'lamp', model: NO_MODEL, variants: [variant('blanc'), variant('laiton', BRASS)] };

describe('the variant a product page shows', () => {
  it('is the one the address names, when the product has it', () => {
    expect(shownVariantId(lamp, 'laiton')).toBe('laiton');
  });

  it('is the first when the address names none, or one the product does not have', () => {
    expect(shownVariantId(lamp, null)).toBe('blanc');
    expect(shownVariantId(lamp, undefined)).toBe('blanc');
    expect(shownVariantId(lamp, 'vert')).toBe('blanc');
  });

  it('is none for a product without variants', () => {
    expect(shownVariantId({ variants: [] }, 'laiton')).toBeNull();
  });

  it('decides which model the page loads first: the named variant’s own', () => {
    expect(modelFor(lamp, shownVariantId(lamp, 'laiton')).glb).toBe(BRASS.glb);
    expect(modelFor(lamp, shownVariantId(lamp, null)).glb).toBe('');
  });
});
