import { describe, expect, it } from 'vitest';
import { mergeImportedProduct, previewProductImport } from './product-import-preview';
import type { CsvProduct } from './product-csv';
import type { Product } from './product';
import { NO_MODEL } from './product-model';

const imported = (id: string, status: 'published' | 'draft'): CsvProduct => ({
  id, sku: id.toUpperCase(), name: { fr: id, en: id }, description: { fr: '', en: '' }, category: 'lighting',
  price: { amount: 4900, currency: 'EUR' }, dimensionsM: { w: 0.2, h: 0.4, d: 0.2 }, placement: 'table', variants: [], status,
});
const stored = (p: CsvProduct, model: Product['model']): Product => ({ ...p, model, thumbnail: `/posters/${p.id}.webp` });

describe('product import preview', () => {
  it('warns, in French and English, of every active product that would be on sale without a 3D model', () => {
    const withModel = stored(imported('lamp-old', 'published'), { glb: '/models/lamp-old.glb', usdz: '/models/lamp-old.usdz' });
    const modelLess = stored(imported('lamp-bare', 'published'), NO_MODEL);
    const current = new Map([withModel, modelLess].map((p) => [p.id, p]));
    const preview = previewProductImport(
      [imported('lamp-new', 'published'), imported('lamp-draft', 'draft'), imported('lamp-old', 'published'), imported('lamp-bare', 'published')],
      (id) => current.get(id),
    );
    expect(preview.warnings.map((w) => [w.handle, w.code])).toEqual([['lamp-new', 'no_model'], ['lamp-bare', 'no_model']]);
    expect(preview.warnings[0]!.text.fr).toContain('sans modèle 3D');
    expect(preview.warnings[0]!.text.en).toContain('without a 3D model');
    expect(preview.warnings[0]!.message).toBe(preview.warnings[0]!.text.en);
  });

  it('gives a new product no model rather than a path to a file that does not exist', () => {
    expect(mergeImportedProduct(imported('lamp-new', 'published'), undefined).model).toEqual(NO_MODEL);
    const old = stored(imported('lamp-old', 'published'), { glb: '/files/a.glb', usdz: '/files/a.usdz' });
    expect(mergeImportedProduct(imported('lamp-old', 'published'), old).model).toEqual(old.model);
  });
});
