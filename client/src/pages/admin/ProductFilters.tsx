import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { CATEGORIES } from '../../../../shared/catalogue/catalogue-enums';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { productsStore } from './products-store';
import { FormField } from './FormField';
import { SelectField } from './SelectField';

/** Search (as you type, after a short pause), category and status of the product list. */
export function ProductFilters() {
  const { t } = useT();
  const query = useStore(productsStore, (s) => s.query);
  const [q, setQ] = useState(query.q ?? '');
  useEffect(() => {
    if (q === (productsStore.getState().query.q ?? '')) return;
    const timer = setTimeout(() => void productsStore.getState().setQuery({ q: q.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <form className="admin-filters" role="search" onSubmit={(e) => {
        e.preventDefault();
        void productsStore.getState().setQuery({ q: q.trim() || undefined });
      }}>
      <FormField label={t('prod.search')} type="search" value={q} onValue={setQ} testId="product-search" />
      <SelectField
        label={t('prod.category')}
        value={query.category ?? ''}
        onValue={(v) => void productsStore.getState().setQuery({ category: v || undefined })}
        options={[['', t('prod.allCategories')], ...CATEGORIES.map((c) => [c, t(`category.${c}` as MessageKey)] as const)]}
        testId="product-category"
      />
      <SelectField
        label={t('prod.status')}
        value={query.status ?? ''}
        onValue={(v) => void productsStore.getState().setQuery({ status: (v || undefined) as 'draft' | undefined })}
        options={[['', t('prod.allStatuses')], ['published', t('prod.published')], ['draft', t('prod.draft')]]}
        testId="product-status"
      />
    </form>
  );
}
