import type { Product, Category } from '../../shared/catalogue/product';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Matches every word of the query against names, descriptions, category and SKU in both languages,
 * ignoring case and accents, so "fauteuil" and "Fauteuil", "lumiere" and "lumière" all find the same things.
 */
export function searchProducts(products: readonly Product[], q: string | undefined, category: Category | undefined): Product[] {
  const words = fold(q ?? '').split(/\s+/).filter(Boolean);
  return products.filter((p) => {
    if (category && p.category !== category) return false;
    if (!words.length) return true;
    const hay = fold([p.name.fr, p.name.en, p.description.fr, p.description.en, p.category, p.sku].join(' '));
    return words.every((w) => hay.includes(w));
  });
}
