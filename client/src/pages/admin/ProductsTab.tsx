import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { useT } from '../../i18n/use-t';
import { ProductList } from './ProductList';
import { ProductEditor } from './ProductEditor';

/** The catalogue: the list, or one product's form (`?product=<id>` or `?product=new`). */
export function ProductsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const productId = params.get('product');
  // The product just created: its form opens afresh at its own address and still says it was saved.
  const [created, setCreated] = useState<string | null>(null);
  const open = (id: string | null) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (id) q.set('product', id);
      else q.delete('product');
      return q;
    });
  return (
    <section className="admin-section" aria-labelledby="products-title">
      {productId ? (
        <ProductEditor
          key={productId}
          productId={productId === 'new' ? null : productId}
          readOnly={readOnly}
          notice={created === productId ? t('prod.saved') : undefined}
          onClose={() => open(null)}
          onCreated={(id) => {
            setCreated(id);
            open(id);
          }}
        />
      ) : (
        <>
          <div className="admin-section__head">
            <h1 id="products-title">{t('admin.tab.products')}</h1>
            {!readOnly && (
              <button type="button" className="btn btn--accent" onClick={() => open('new')} data-testid="product-new">
                {t('prod.new')}
              </button>
            )}
          </div>
          {readOnly && <p className="muted">{t('admin.readOnly')}</p>}
          <ProductList readOnly={readOnly} onOpen={open} />
        </>
      )}
    </section>
  );
}
