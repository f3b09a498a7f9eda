import type { Promotion } from './promotion';

/** Whether a promotion applies at `nowIso` (zod-free, see shared/money-math.ts; promotion.ts re-exports it). */
export function isPromotionActive(p: Pick<Promotion, 'startsAt' | 'endsAt'>, nowIso: string): boolean {
  return (!p.startsAt || p.startsAt <= nowIso) && (!p.endsAt || nowIso < p.endsAt);
}
