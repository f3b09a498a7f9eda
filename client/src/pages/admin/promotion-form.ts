import type { Promotion } from '../../../../shared/pricing/promotion';
import type { LocalizedText } from '../../../../shared/i18n-text';
import type { Category } from '../../../../shared/catalogue/product';
import { parseEuros } from './product-form';

/** A product chosen for a set, with its name and price to show it (the form never shows its id). */
export interface ChosenProduct {
  id: string;
  name: LocalizedText;
  price: { amount: number; currency: string };
}

/** The promotion form as typed: numbers and days as strings until sent. */
export interface PromotionDraft {
  kind: Promotion['kind'];
  id: string;
  /** Once the person types an id, it no longer follows the French name. */
  idTouched: boolean;
  labelFr: string;
  labelEn: string;
  category: string;
  percent: string;
  products: ChosenProduct[];
  price: string;
  /** `YYYY-MM-DD` as a date input gives it, or ''. */
  startsOn: string;
  endsOn: string;
}

/**
 * Why a field is refused, as a code the form translates (`promo.err.<code>`): the server's own
 * messages are English and for developers.
 */
export type PromotionFieldError = 'required' | 'percent' | 'products' | 'unknownProduct' | 'amount' | 'idTaken' | 'date' | 'dates' | 'invalid';

export const MAX_SET = 5;
export const MAX_PERCENT = 90;

export function emptyPromotionDraft(): PromotionDraft {
  return { kind: 'category_percent', id: '', idTouched: false, labelFr: '', labelEn: '', category: 'lighting', percent: '', products: [], price: '', startsOn: '', endsOn: '' };
}

/**
 * An id proposed from a name: lower case, accents and punctuation dropped, words joined by dashes.
 * @example suggestPromotionId('Soldes d’été : −20 %') // "soldes-d-ete-20"
 */
export function suggestPromotionId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A day typed in a date input to the instant it starts, in the browser's time zone. */
function dayStart(day: string, plusDays = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The promotion to send, or the fields that cannot be sent as typed. The percentage is capped as
 * the server caps it (1 to 90); the last day is included (the promotion stops at the next midnight).
 *
 * @example fromPromotionDraft({ ...draft, kind: 'category_percent', category: 'lighting', percent: '15' })
 */
export function fromPromotionDraft(d: PromotionDraft, currency = 'EUR'): { promotion: Promotion } | { errors: Record<string, PromotionFieldError> } {
  const errors: Record<string, PromotionFieldError> = {};
  const id = d.id.trim();
  const label = { fr: d.labelFr.trim(), en: d.labelEn.trim() };
  if (!id) errors.id = 'required';
  if (!label.fr) errors['label.fr'] = 'required';
  if (!label.en) errors['label.en'] = 'required';
  const startsAt = d.startsOn ? dayStart(d.startsOn) : undefined;
  const endsAt = d.endsOn ? dayStart(d.endsOn, 1) : undefined;
  if (startsAt === null) errors.startsAt = 'date';
  if (endsAt === null) errors.endsAt = 'date';
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'dates';
  const window = { ...(startsAt ? { startsAt } : {}), ...(endsAt ? { endsAt } : {}) };

  if (d.kind === 'category_percent') {
    const percent = Number(d.percent.trim());
    if (!/^\d+$/.test(d.percent.trim()) || percent < 1 || percent > MAX_PERCENT) errors.percent = 'percent';
    if (Object.keys(errors).length) return { errors };
    return { promotion: { id, kind: 'category_percent', label, category: d.category as Category, percent, ...window } };
  }
  const productIds = [...new Set(d.products.map((p) => p.id))];
  if (productIds.length < 2 || productIds.length > MAX_SET) errors.productIds = 'products';
  const amount = d.price.trim() ? parseEuros(d.price) : null;
  if (amount === null) errors.price = d.price.trim() ? 'amount' : 'required';
  if (Object.keys(errors).length) return { errors };
  return { promotion: { id, kind: 'bundle', label, productIds, price: { amount: amount!, currency }, ...window } };
}

const FIELD_OF: [RegExp, string, PromotionFieldError][] = [
  [/^id$/, 'id', 'required'],
  [/^label\.(fr|en)$/, '', 'required'],
  [/^percent$/, 'percent', 'percent'],
  [/^productIds(\.\d+)?$/, 'productIds', 'products'],
  [/^price(\.amount|\.currency)?$/, 'price', 'amount'],
  [/^(startsAt|endsAt)$/, '', 'date'],
  [/^category$/, 'category', 'invalid'],
];

/**
 * A refusal of `POST /api/admin/promotions` as errors beside the fields: 409 is an id already used,
 * 422 an unknown product of the set (`field: 'productIds'`, `productId`) or the schema's issues.
 * `product:<id>` marks the chosen product the server does not know.
 *
 * @example promotionErrorsFromAnswer(409, { error: 'conflict', field: 'id' }) // { id: 'idTaken' }
 */
export function promotionErrorsFromAnswer(status: number, body: Record<string, unknown>): Record<string, PromotionFieldError> {
  if (status === 409) return { id: 'idTaken' };
  if (status !== 422) return {};
  if (body.field === 'productIds') {
    return { productIds: 'unknownProduct', ...(typeof body.productId === 'string' ? { [`product:${body.productId}`]: 'unknownProduct' as const } : {}) };
  }
  const out: Record<string, PromotionFieldError> = {};
  for (const i of Array.isArray(body.issues) ? (body.issues as { path?: unknown }[]) : []) {
    const path = typeof i?.path === 'string' ? i.path : '';
    const hit = FIELD_OF.find(([re]) => re.test(path));
    const field = hit ? hit[1] || path : '_';
    out[field] ??= hit ? hit[2] : 'invalid';
  }
  return out;
}
