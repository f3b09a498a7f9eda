import { z } from 'zod';
import { MoneySchema, type Money } from '../money';
import { LocalizedTextSchema } from '../i18n-text';
import { CategorySchema, DimensionsSchema, PlacementSchema, type Product } from './product';
import { NO_MODEL } from './product-model';

/** A product id is its Shopify Handle: lowercase letters, digits and single hyphens. */
export const ProductHandleSchema = z.string().min(1).max(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a handle: lowercase letters, digits and hyphens');

const Sku = z.string().trim().min(1).max(64);

export const VariantInputSchema = z.object({
  id: ProductHandleSchema,
  /** The material or colour's name, as the customer reads it in the picker. */
  name: LocalizedTextSchema,
  swatch: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a CSS colour such as #c9b79c'),
  sku: Sku.optional(),
  price: MoneySchema.optional(),
  compareAtPrice: MoneySchema.optional(),
});
export type VariantInput = z.infer<typeof VariantInputSchema>;

/** A "was" price is only shown when it is dearer than the price, in the same currency. */
function compareAtProblem(price: Money, compareAt: Money | undefined): string | undefined {
  if (!compareAt) return undefined;
  if (compareAt.currency !== price.currency) return `must be in ${price.currency}, like the price`;
  if (compareAt.amount <= price.amount) return 'must be more than the price (it is the price shown struck through)';
  return undefined;
}

/**
 * What the back office sends to create or change a product: a Product without its model and
 * thumbnail (those come from the model pipeline, and are kept or defaulted on save). Dimensions
 * are in metres; the form enters centimetres. Every refusal names its field (`price.amount`,
 * `variants.1.sku`...).
 *
 * @example ProductInputSchema.parse({ sku: 'VT-SOF-009', name: {fr, en}, description: {fr, en}, category: 'sofas', price: {amount: 99900, currency: 'EUR'}, dimensionsM: {w: 2, h: 0.8, d: 0.9}, placement: 'floor' })
 */
export const ProductInputSchema = z.object({
  /** The Handle; on creation, derived from the English name when absent. Ignored on update (the path names the product). */
  id: ProductHandleSchema.optional(),
  sku: Sku,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  category: CategorySchema,
  price: MoneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  compareAtPrice: MoneySchema.optional(),
  dimensionsM: DimensionsSchema,
  placement: PlacementSchema,
  variants: z.array(VariantInputSchema).max(50).default([]),
  /** Absent: a new product is a draft, a changed one keeps its status. */
  status: z.enum(['published', 'draft']).optional(),
  vendor: z.string().trim().min(1).max(120).optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
}).superRefine((p, ctx) => {
  const cmp = compareAtProblem(p.price, p.compareAtPrice);
  if (cmp) ctx.addIssue({ code: 'custom', path: ['compareAtPrice'], message: cmp });
  const ids = new Set<string>();
  const skus = new Set<string>([p.sku]);
  p.variants.forEach((v, i) => {
    if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'id'], message: `another variant already has the id "${v.id}"` });
    ids.add(v.id);
    if (v.sku !== undefined) {
      if (skus.has(v.sku)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'sku'], message: `the SKU "${v.sku}" is already used in this product` });
      skus.add(v.sku);
    }
    if (v.price) {
      if (v.price.currency !== p.price.currency) ctx.addIssue({ code: 'custom', path: ['variants', i, 'price', 'currency'], message: `must be in ${p.price.currency}, like the product's price` });
      else if (v.price.amount <= 0) ctx.addIssue({ code: 'custom', path: ['variants', i, 'price', 'amount'], message: 'must be more than zero' });
    }
    const vcmp = compareAtProblem(v.price ?? p.price, v.compareAtPrice);
    if (vcmp) ctx.addIssue({ code: 'custom', path: ['variants', i, 'compareAtPrice'], message: vcmp });
  });
});
export type ProductInput = z.infer<typeof ProductInputSchema>;

/**
 * A handle from a name, as Shopify makes them: accents dropped, lowercase, hyphens between words.
 *
 * @example handleFrom('Canapé Oslo 3 places') // 'canape-oslo-3-places'
 */
export function handleFrom(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
}

/**
 * The product an input describes: the model and thumbnail (and variant models) of the product it
 * replaces are kept; a new product has no model until one is uploaded (never a path to a file
 * that does not exist), and the poster path the model pipeline fills.
 *
 * @example productFromInput('sofa-oslo-3', input, current)
 */
export function productFromInput(id: string, input: ProductInput, current?: Product): Product {
  const variants = input.variants.map((v) => {
    const model = current?.variants.find((c) => c.id === v.id)?.model;
    return { ...v, ...(model ? { model } : {}) };
  });
  const { id: _ignored, status: _status, ...rest } = input;
  const status = input.status ?? (current ? current.status : 'draft');
  return {
    ...rest,
    ...(status ? { status } : {}),
    id,
    variants,
    model: current?.model ?? NO_MODEL,
    thumbnail: current?.thumbnail ?? `/posters/${id}.webp`,
  };
}
