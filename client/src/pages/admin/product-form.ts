import type { Product } from '../../../../shared/catalogue/product';
import type { Money } from '../../../../shared/money';
import type { ProductInput } from '../../api/admin-api';

/** One variant row as typed: prices in euros, every field a string. */
export interface VariantDraft {
  id: string;
  sku: string;
  nameFr: string;
  nameEn: string;
  swatch: string;
  price: string;
}

/** The product form as typed: prices in euros and sizes in centimetres, as strings until sent. */
export interface ProductDraft {
  isNew: boolean;
  id: string;
  sku: string;
  nameFr: string;
  nameEn: string;
  descFr: string;
  descEn: string;
  category: string;
  price: string;
  compareAt: string;
  w: string;
  h: string;
  d: string;
  placement: string;
  status: 'published' | 'draft';
  variants: VariantDraft[];
  /** What the form does not edit (vendor, tags, variants' own models), sent back unchanged. */
  keep: Pick<Product, 'vendor' | 'tags'> & { variantModels: Record<string, Product['variants'][number]['model']> };
}

/** Field path (as the server's 422 `issues[].path` names it) to the message shown beside that field. */
export type FieldErrors = Record<string, string>;

const euros = (m: Money | undefined) => (m ? (m.amount / 100).toFixed(2) : '');
const cm = (metres: number) => String(Math.round(metres * 1000) / 10);

export function emptyDraft(): ProductDraft {
  return {
    isNew: true, id: '', sku: '', nameFr: '', nameEn: '', descFr: '', descEn: '', category: 'sofas', price: '', compareAt: '',
    w: '', h: '', d: '', placement: 'floor', status: 'draft', variants: [], keep: { variantModels: {} },
  };
}

export function emptyVariant(): VariantDraft {
  return { id: '', sku: '', nameFr: '', nameEn: '', swatch: '#cccccc', price: '' };
}

/** @example toDraft(product).price // "1299.00" for { amount: 129900 } */
export function toDraft(p: Product): ProductDraft {
  return {
    isNew: false,
    id: p.id,
    sku: p.sku,
    nameFr: p.name.fr,
    nameEn: p.name.en,
    descFr: p.description.fr,
    descEn: p.description.en,
    category: p.category,
    price: euros(p.price),
    compareAt: euros(p.compareAtPrice),
    w: cm(p.dimensionsM.w),
    h: cm(p.dimensionsM.h),
    d: cm(p.dimensionsM.d),
    placement: p.placement,
    status: p.status ?? 'published',
    variants: p.variants.map((v) => ({ id: v.id, sku: v.sku ?? '', nameFr: v.name.fr, nameEn: v.name.en, swatch: v.swatch, price: euros(v.price) })),
    keep: { vendor: p.vendor, tags: p.tags, variantModels: Object.fromEntries(p.variants.map((v) => [v.id, v.model])) },
  };
}

/**
 * Euros as typed (comma or point, spaces allowed) to integer cents; null when it is not an amount.
 * @example parseEuros('1 299,5') // 129950
 */
export function parseEuros(s: string): number | null {
  const t = s.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Centimetres as typed to metres; null when not a positive number. @example parseCm('214,5') // 2.145 */
export function parseCm(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t) || Number(t) <= 0) return null;
  return Math.round(Number(t) * 10) / 1000;
}

/**
 * The body to send, or the fields that cannot be sent as typed (an amount or a size that is not a
 * number). Texts are sent as typed: the server's schema says what else is wrong.
 */
export function fromDraft(d: ProductDraft, currency = 'EUR'): { input: ProductInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const money = (path: string, s: string, required: boolean): Money | undefined => {
    if (!s.trim()) {
      if (required) errors[path] = 'required';
      return undefined;
    }
    const amount = parseEuros(s);
    if (amount === null) errors[path] = 'amount';
    return amount === null ? undefined : { amount, currency };
  };
  const size = (path: string, s: string) => {
    const m = parseCm(s);
    if (m === null) errors[path] = 'size';
    return m ?? 0;
  };
  const price = money('price', d.price, true);
  const compareAtPrice = money('compareAtPrice', d.compareAt, false);
  const dimensionsM = { w: size('dimensionsM.w', d.w), h: size('dimensionsM.h', d.h), d: size('dimensionsM.d', d.d) };
  const variants = d.variants.map((v, i) => {
    const vp = money(`variants.${i}.price`, v.price, false);
    const model = d.keep.variantModels[v.id];
    return {
      id: v.id.trim(),
      name: { fr: v.nameFr, en: v.nameEn },
      swatch: v.swatch,
      ...(v.sku.trim() ? { sku: v.sku.trim() } : {}),
      ...(vp ? { price: vp } : {}),
      ...(model ? { model } : {}),
    };
  });
  if (Object.keys(errors).length > 0) return { errors };
  const input: ProductInput = {
    id: d.id.trim(),
    sku: d.sku.trim(),
    name: { fr: d.nameFr, en: d.nameEn },
    description: { fr: d.descFr, en: d.descEn },
    category: d.category as ProductInput['category'],
    price: price!,
    dimensionsM,
    placement: d.placement as ProductInput['placement'],
    variants,
    status: d.status,
    ...(compareAtPrice ? { compareAtPrice } : {}),
    ...(d.keep.vendor ? { vendor: d.keep.vendor } : {}),
    ...(d.keep.tags ? { tags: d.keep.tags } : {}),
  };
  return { input };
}

/**
 * The server's 422 issues keyed by the form's field paths: a money's `.amount` or `.currency` is
 * shown beside the amount, the first message of a field wins.
 *
 * @example issuesToFieldErrors([{ path: 'price.amount', message: 'too small' }]) // { price: 'too small' }
 */
export function issuesToFieldErrors(issues: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!Array.isArray(issues)) return out;
  for (const i of issues as { path?: unknown; message?: unknown }[]) {
    if (typeof i?.message !== 'string') continue;
    const path = (typeof i.path === 'string' ? i.path : '').replace(/\.(amount|currency)$/, '') || '_';
    out[path] ??= i.message;
  }
  return out;
}
