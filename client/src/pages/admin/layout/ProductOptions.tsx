import type { Product } from '../../../../../shared/catalogue/product';
import type { Locale } from '../../../../../shared/i18n-text';

/** A product menu's choices, by name in the screen's language, after an empty first choice. */
export function ProductOptions({ products, locale }: { products: readonly Product[]; locale: Locale }) {
  return (
    <>
      <option value="" />
      {products.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name[locale]}
        </option>
      ))}
    </>
  );
}
