import type { Promotion } from '../../../../shared/pricing/promotion';
import type { LocalizedText } from '../../../../shared/i18n-text';
import { isPromotionActive } from '../../../../shared/pricing/promotion-window';
import type { Translator } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { formatDate, formatPrice } from '../../i18n/format';

/** What describing a promotion needs: the page's words, and the names of the products it names. */
export interface PromotionWords extends Pick<Translator, 't' | 'locale'> {
  /** A product's name, when the back office knows it (a bundle names its products by id). */
  productName(id: string): LocalizedText | undefined;
}

/**
 * What a promotion does, in words a merchant reads: never an id or an enum name.
 *
 * @example describePromotion(lampsPromo, words) // "−15 % sur Luminaires"
 * @example describePromotion(osloSet, words) // "Canapé Oslo et Table basse Nuage : 1 399,00 € l’ensemble"
 */
export function describePromotion(p: Promotion, w: PromotionWords): string {
  if (p.kind === 'category_percent') {
    return w.t('promo.percentOff', { percent: p.percent, category: w.t(`category.${p.category}` as MessageKey) });
  }
  const names = p.productIds.map((id) => w.productName(id)?.[w.locale] ?? w.t('promo.unknownProduct'));
  const products = new Intl.ListFormat(w.locale, { type: 'conjunction' }).format(names);
  return w.t('promo.setPrice', { products, price: formatPrice(p.price, w.locale) });
}

// A promotion's last day is kept as the instant it stops (the next midnight); people read the day itself.
const lastDay = (endsAt: string) => new Date(Date.parse(endsAt) - 1);

/**
 * When a promotion runs, as a sentence.
 * @example promotionPeriod({ startsAt: '2026-12-01T11:00:00Z' }, words) // "À partir du 1 décembre 2026"
 */
export function promotionPeriod(p: Pick<Promotion, 'startsAt' | 'endsAt'>, w: Pick<Translator, 't' | 'locale'>): string {
  const from = p.startsAt ? formatDate(p.startsAt, w.locale) : null;
  const to = p.endsAt ? formatDate(lastDay(p.endsAt), w.locale) : null;
  if (from && to) return w.t('promo.between', { from, to });
  if (from) return w.t('promo.from', { date: from });
  if (to) return w.t('promo.until', { date: to });
  return w.t('promo.always');
}

export type PromotionState = 'active' | 'upcoming' | 'over';

/** @example promotionState({ startsAt: '2027-01-01T00:00:00Z' }, '2026-12-06T00:00:00Z') // 'upcoming' */
export function promotionState(p: Pick<Promotion, 'startsAt' | 'endsAt'>, nowIso: string): PromotionState {
  if (isPromotionActive(p, nowIso)) return 'active';
  return p.startsAt && nowIso < p.startsAt ? 'upcoming' : 'over';
}
