import { z } from 'zod';
import { MoneySchema } from '../money';
import { CategorySchema } from '../catalogue/product';
import { LocalizedTextSchema } from '../i18n-text';

/**
 * A promotion is defined once and applied by `priceLines` on every channel, the till included,
 * so a customer never sees one price on the app and another at the counter.
 */
export const PromotionSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1),
    kind: z.literal('category_percent'),
    label: LocalizedTextSchema,
    category: CategorySchema,
    percent: z.number().int().min(1).max(90),
    startsAt: z.string().optional(),
    endsAt: z.string().optional(),
  }),
  z.object({
    id: z.string().min(1),
    kind: z.literal('bundle'),
    label: LocalizedTextSchema,
    /** One unit of each of these products forms a set... */
    productIds: z.array(z.string().min(1)).min(2).max(5),
    /** ...and every complete set costs this instead of the sum of its unit prices. */
    price: MoneySchema,
    startsAt: z.string().optional(),
    endsAt: z.string().optional(),
  }),
]);
export type Promotion = z.infer<typeof PromotionSchema>;

export { isPromotionActive } from './promotion-window';
