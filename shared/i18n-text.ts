import { z } from 'zod';

import { LOCALES } from './i18n-locales';

export { LOCALES };
export type Locale = (typeof LOCALES)[number];

/** A text in every locale the store speaks. */
export const LocalizedTextSchema = z.object({
  fr: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
