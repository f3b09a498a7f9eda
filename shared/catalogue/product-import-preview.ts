import type { Product } from './product';
import type { CsvProduct } from './product-csv';
import type { LocalizedText } from '../i18n-text';
import { NO_MODEL, hasModel } from './product-model';

export interface ProductChange {
  handle: string;
  kind: 'create' | 'update';
  /** The product fields that differ from today's (every field for a creation). */
  fields: string[];
}

/** Something the merchant should know before applying the file, which does not stop it. */
export interface ProductImportWarning {
  handle: string;
  code: 'no_model';
  /** In English, for outside clients and logs. */
  message: string;
  text: LocalizedText;
}

export interface ProductImportPreview {
  create: number;
  update: number;
  unchanged: number;
  changes: ProductChange[];
  warnings: ProductImportWarning[];
}

/**
 * An active product with no 3D model is on sale at once, shown with its photo only: that is
 * allowed (most catalogues arrive before their models), but the merchant is told which ones.
 */
function noModelWarning(handle: string): ProductImportWarning {
  const text = {
    en: `"${handle}" will be on sale without a 3D model: its page shows its photo only, without the 3D view or "View in your room", until a model is uploaded (3D models tab).`,
    fr: `« ${handle} » sera en vente sans modèle 3D : sa page ne montre que sa photo, sans vue 3D ni « Voir chez moi », jusqu’à l’envoi d’un modèle (onglet Modèles 3D).`,
  };
  return { handle, code: 'no_model', message: text.en, text };
}

const FIELDS = ['sku', 'name', 'description', 'category', 'price', 'compareAtPrice', 'dimensionsM', 'placement', 'variants', 'status', 'vendor', 'tags', 'thumbnail'] as const;

/** A field's value as compared: absent status is published, absent tags are none. */
function fieldValue(p: CsvProduct | Product, field: (typeof FIELDS)[number]): unknown {
  if (field === 'status') return p.status ?? 'published';
  if (field === 'tags') return p.tags ?? [];
  if (field === 'variants') return p.variants.map(({ model: _model, ...v }) => v);
  return p[field];
}

/** JSON with keys sorted, so objects built in another order still compare equal. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : x,
  ) ?? 'undefined';
}

/**
 * The fields an imported product would change on today's (all of them when it is new). An import
 * that leaves `thumbnail` empty keeps today's.
 *
 * @example changedFields(imported, catalogue.product(imported.id)) // ['price', 'status']
 */
export function changedFields(next: CsvProduct, current: Product | undefined): string[] {
  if (!current) return [...FIELDS].filter((f) => f !== 'thumbnail' || next.thumbnail !== undefined);
  return FIELDS.filter((f) => {
    if (f === 'thumbnail' && next.thumbnail === undefined) return false;
    return canonical(fieldValue(next, f)) !== canonical(fieldValue(current, f));
  });
}

/**
 * What applying an import would do: how many products it creates, updates or leaves as they are,
 * which fields change on each, and which products would be on sale without a 3D model.
 *
 * @example previewProductImport(products, (id) => catalogue.product(id))
 */
export function previewProductImport(products: readonly CsvProduct[], current: (id: string) => Product | undefined): ProductImportPreview {
  const preview: ProductImportPreview = { create: 0, update: 0, unchanged: 0, changes: [], warnings: [] };
  for (const p of products) {
    const before = current(p.id);
    if ((p.status ?? 'published') === 'published' && !(before && hasModel(before))) preview.warnings.push(noModelWarning(p.id));
    const fields = changedFields(p, before);
    if (!before) {
      preview.create += 1;
      preview.changes.push({ handle: p.id, kind: 'create', fields });
    } else if (fields.length) {
      preview.update += 1;
      preview.changes.push({ handle: p.id, kind: 'update', fields });
    } else {
      preview.unchanged += 1;
    }
  }
  return preview;
}

/**
 * The product to store: the imported fields over today's model and poster (for a new product: no
 * model until one is uploaded, and the poster path the model pipeline fills).
 *
 * @example const product = mergeImportedProduct(imported, catalogue.product(imported.id));
 */
export function mergeImportedProduct(next: CsvProduct, current: Product | undefined): Product {
  const models = new Map((current?.variants ?? []).filter((v) => v.model).map((v) => [v.id, v.model!]));
  return {
    ...next,
    model: current?.model ?? NO_MODEL,
    thumbnail: next.thumbnail ?? current?.thumbnail ?? `/posters/${next.id}.webp`,
    variants: next.variants.map((v) => (models.has(v.id) ? { ...v, model: models.get(v.id) } : v)),
  };
}
