import { describe, expect, it } from 'vitest';
import { PromotionSchema } from '../../../../shared/pricing/promotion';
import { emptyPromotionDraft, fromPromotionDraft, promotionErrorsFromAnswer, suggestPromotionId, type PromotionDraft } from './promotion-form';

const named = { idTouched: true, id: 'soldes', labelFr: 'Soldes', labelEn: 'Sale' };
const lamp = { id: 'lamp-bulle', name: { fr: 'Lampe Bulle', en: 'Bulle lamp' }, price: { amount: 6900, currency: 'EUR' } };
const clock = { id: 'clock-gare', name: { fr: 'Horloge Gare', en: 'Station clock' }, price: { amount: 8900, currency: 'EUR' } };
const draft = (d: Partial<PromotionDraft>): PromotionDraft => ({ ...emptyPromotionDraft(), ...named, ...d });

describe('the promotion form', () => {
  it('sends a category discount the server accepts', () => {
    const r = fromPromotionDraft(draft({ category: 'rugs', percent: ' 20 ' }));
    expect(r).toEqual({ promotion: { id: 'soldes', kind: 'category_percent', label: { fr: 'Soldes', en: 'Sale' }, category: 'rugs', percent: 20 } });
    expect(PromotionSchema.safeParse('promotion' in r ? r.promotion : null).success).toBe(true);
  });

  it('caps the discount as the server does: a whole number from 1 to 90', () => {
    for (const percent of ['0', '91', '12.5', '', 'abc']) expect(fromPromotionDraft(draft({ percent }))).toEqual({ errors: { percent: 'percent' } });
    expect('promotion' in fromPromotionDraft(draft({ percent: '90' }))).toBe(true);
    expect('promotion' in fromPromotionDraft(draft({ percent: '1' }))).toBe(true);
  });

  it('sends a set of products chosen by name at a price typed in euros', () => {
    const r = fromPromotionDraft(draft({ kind: 'bundle', products: [lamp, clock], price: '129,90' }));
    expect(r).toEqual({ promotion: { id: 'soldes', kind: 'bundle', label: { fr: 'Soldes', en: 'Sale' }, productIds: ['lamp-bulle', 'clock-gare'], price: { amount: 12990, currency: 'EUR' } } });
    expect(PromotionSchema.safeParse('promotion' in r ? r.promotion : null).success).toBe(true);
  });

  it('refuses a set of fewer than two products, and a price that is not one', () => {
    expect(fromPromotionDraft(draft({ kind: 'bundle', products: [lamp, lamp], price: 'cent' }))).toEqual({ errors: { productIds: 'products', price: 'amount' } });
    expect(fromPromotionDraft(draft({ kind: 'bundle', products: [lamp, clock], price: '' }))).toEqual({ errors: { price: 'required' } });
  });

  it('needs a name in both languages and an id, and a last day not before the first', () => {
    expect(fromPromotionDraft(draft({ id: ' ', labelFr: '', labelEn: '', percent: '10' }))).toEqual({ errors: { id: 'required', 'label.fr': 'required', 'label.en': 'required' } });
    expect(fromPromotionDraft(draft({ percent: '10', startsOn: '2026-12-10', endsOn: '2026-12-09' }))).toEqual({ errors: { endsAt: 'dates' } });
    expect('promotion' in fromPromotionDraft(draft({ percent: '10', startsOn: '2026-12-10', endsOn: '2026-12-10' }))).toBe(true);
  });

  it('proposes an id from the French name', () => {
    expect(suggestPromotionId('Soldes d’été : −20 %')).toBe('soldes-d-ete-20');
    expect(suggestPromotionId('  Quinzaine de la lumière ')).toBe('quinzaine-de-la-lumiere');
  });
});

describe('the server’s refusals beside their fields', () => {
  it('puts an id already used beside the id', () => {
    expect(promotionErrorsFromAnswer(409, { error: 'conflict', field: 'id' })).toEqual({ id: 'idTaken' });
  });

  it('marks the set, and the product of it the server does not know', () => {
    expect(promotionErrorsFromAnswer(422, { error: 'invalid', field: 'productIds', productId: 'clock-gare' })).toEqual({ productIds: 'unknownProduct', 'product:clock-gare': 'unknownProduct' });
  });

  it('maps the schema’s issues to the fields the form shows', () => {
    const issues = [
      { path: 'percent', message: 'Number must be less than or equal to 90' },
      { path: 'label.en', message: 'String must contain at least 1 character(s)' },
      { path: 'price.amount', message: 'Expected integer' },
      { path: 'productIds.1', message: 'too short' },
      { path: 'kind', message: 'Invalid discriminator value' },
    ];
    expect(promotionErrorsFromAnswer(422, { error: 'invalid', issues })).toEqual({ percent: 'percent', 'label.en': 'required', price: 'amount', productIds: 'products', _: 'invalid' });
  });

  it('leaves other refusals to the general message', () => {
    expect(promotionErrorsFromAnswer(403, { error: 'forbidden' })).toEqual({});
  });
});
