/** Product enumerations, zod-free (see shared/money-math.ts); product.ts builds its schemas from them. */
export const PLACEMENTS = ['floor', 'wall', 'table'] as const;
export const CATEGORIES = ['sofas', 'armchairs', 'tables', 'chairs', 'lighting', 'storage', 'rugs', 'decor'] as const;
