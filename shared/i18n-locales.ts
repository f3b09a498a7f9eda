/** The store's languages (zod-free, see money-math.ts); i18n-text.ts re-exports them. */
export const LOCALES = ['fr', 'en'] as const;
