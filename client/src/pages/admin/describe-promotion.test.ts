import { beforeAll, describe, expect, it } from 'vitest';
import '../../i18n/back-office-text';
import type { Locale } from '../../../../shared/i18n-text';
import type { Promotion } from '../../../../shared/pricing/promotion';
import { loadLocale, translate } from '../../i18n/translate';
import { describePromotion, promotionPeriod, promotionState } from './describe-promotion';
import { emptyPromotionDraft, fromPromotionDraft } from './promotion-form';

const names: Record<string, { fr: string; en: string }> = {
  'sofa-oslo-3': { fr: 'Canapé Oslo', en: 'Oslo sofa' },
  'table-basse-nuage': { fr: 'Table basse Nuage', en: 'Nuage coffee table' },
};
const words = (locale: Locale) => ({ locale, t: (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(locale, k, v), productName: (id: string) => names[id] });

const lamps: Promotion = { id: 'promo-lumiere-15', kind: 'category_percent', label: { fr: 'Lumière', en: 'Light' }, category: 'lighting', percent: 15 };
const oslo: Promotion = { id: 'bundle-salon-oslo', kind: 'bundle', label: { fr: 'Salon', en: 'Living room' }, productIds: ['sofa-oslo-3', 'table-basse-nuage'], price: { amount: 139900, currency: 'EUR' } };
/** Spaces as Intl writes them in French prices (narrow and plain no-break) read as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(() => loadLocale('en'));

describe('a promotion said in words', () => {
  it('says a category discount as a percentage off the category, by its name', () => {
    expect(plain(describePromotion(lamps, words('fr')))).toBe('−15 % sur Luminaires');
    expect(describePromotion(lamps, words('en'))).toBe('15% off Lighting');
  });

  it('names the products of a set and its price, never their ids', () => {
    const fr = plain(describePromotion(oslo, words('fr')));
    expect(fr).toBe('Canapé Oslo et Table basse Nuage : 1 399,00 € l’ensemble');
    expect(describePromotion(oslo, words('en'))).toBe('Oslo sofa and Nuage coffee table for €1,399.00 the set');
  });

  it('says a product it cannot name is gone rather than showing its id', () => {
    const gone: Promotion = { ...oslo, productIds: ['sofa-oslo-3', 'no-such-thing'] } as Promotion;
    const text = describePromotion(gone, words('en'));
    expect(text).toContain('a product no longer in the catalogue');
    expect(text).not.toContain('no-such-thing');
  });

  it('says when it runs: the days typed in the form are the days said', () => {
    expect(promotionPeriod({}, words('fr'))).toBe('Sans limite de date');
    const built = fromPromotionDraft({ ...emptyPromotionDraft(), id: 'x', labelFr: 'x', labelEn: 'x', percent: '10', startsOn: '2026-12-01', endsOn: '2026-12-15' });
    if (!('promotion' in built)) throw new Error(JSON.stringify(built.errors));
    const { startsAt, endsAt } = built.promotion;
    expect(promotionPeriod({ startsAt, endsAt }, words('en'))).toBe('From 1 December 2026 to 15 December 2026 included');
    expect(promotionPeriod({ startsAt }, words('fr'))).toBe('À partir du 1 décembre 2026');
    expect(promotionPeriod({ endsAt }, words('fr'))).toBe('Jusqu’au 15 décembre 2026 inclus');
  });

  it('tells a running promotion from one to come and one that is over', () => {
    const now = '2026-12-06T10:00:00.000Z';
    expect(promotionState({}, now)).toBe('active');
    expect(promotionState({ startsAt: '2026-12-07T00:00:00.000Z' }, now)).toBe('upcoming');
    expect(promotionState({ endsAt: '2026-12-06T09:00:00.000Z' }, now)).toBe('over');
  });
});
