import { useId } from 'react';
import { PRODUCT_SORTS, type ProductSort } from '../../../../shared/catalogue/product-search';
import type { MessageKey } from '../../i18n/fr';
import { useT } from '../../i18n/use-t';

const LABEL_KEY: Record<ProductSort, MessageKey> = {
  relevance: 'shop.sortRelevance',
  price_asc: 'shop.sortPriceAsc',
  price_desc: 'shop.sortPriceDesc',
};

/** The order of the storefront grid: best match first, or by the price shown. */
export function SortSelect({ value, onChange }: { value: ProductSort; onChange(sort: ProductSort): void }) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('shop.sort')}</label>
      <select id={id} data-testid="sort" value={value} onChange={(e) => onChange(e.target.value as ProductSort)}>
        {PRODUCT_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(LABEL_KEY[s])}
          </option>
        ))}
      </select>
    </div>
  );
}
