import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { formatPrice } from '../../i18n/format';
import { PAGE_SIZE, productsStore } from './products-store';
import { ProductFilters } from './ProductFilters';
import { Pager } from './Pager';
import { StatusPill } from './StatusPill';
import { AdminTable } from './AdminTable';
import { onSaleWithoutModel } from '../../../../shared/catalogue/product-model';

/** The products, drafts included, with their filters and pages; a row opens the product's form. */
export function ProductList({ readOnly, onOpen }: { readOnly: boolean; onOpen(id: string): void }) {
  const { t, tn, locale } = useT();
  const items = useStore(productsStore, (s) => s.items);
  const total = useStore(productsStore, (s) => s.total);
  const page = useStore(productsStore, (s) => s.query.page);
  const status = useStore(productsStore, (s) => s.status);
  const error = useStore(productsStore, (s) => s.error);
  useEffect(() => void productsStore.getState().load(), []);
  return (
    <>
      <ProductFilters />
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <p className="muted small" role="status" data-testid="product-count">
        {status === 'loading' ? t('app.loading') : tn('prod.count', total)}
      </p>
      {status === 'ready' && items.length === 0 && <p className="muted">{t('prod.empty')}</p>}
      {items.length > 0 && (
        <AdminTable
          label={t('admin.tab.products')}
          testId="product-table"
          rows={items}
          rowKey={(p) => p.id}
          rowData={(p) => ({ 'data-testid': 'product-row', 'data-product': p.id })}
          columns={[
            {
              label: t('prod.colName'),
              rowHeader: true,
              cell: (p) => (
                <>
                  <button type="button" className="admin-table__open" onClick={() => onOpen(p.id)} aria-label={t(readOnly ? 'prod.viewNamed' : 'prod.editNamed', { name: p.name[locale] })}>
                    {p.name[locale]}
                  </button>
                  <span className="admin-table__sub">{p.id} · {p.sku}</span>
                </>
              ),
            },
            { label: t('prod.colPrice'), className: 'num', cell: (p) => formatPrice(p.price, locale) },
            {
              label: t('prod.colStatus'),
              cell: (p) => (
                <>
                  <StatusPill status={p.status ?? 'published'} />
                  {onSaleWithoutModel(p) && (
                    <span className="admin-pill admin-pill--no-model" title={t('prod.noModelMarkLong')} data-testid="product-no-model-mark">
                      <span aria-hidden="true">{t('prod.noModelMark')}</span>
                      <span className="visually-hidden">{t('prod.noModelMarkLong')}</span>
                    </span>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      <Pager page={page} total={total} pageSize={PAGE_SIZE} onPage={(p) => void productsStore.getState().setQuery({ page: p })} />
    </>
  );
}
