import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { Category } from '../../../../shared/catalogue/product';
import { CATEGORIES } from '../../../../shared/catalogue/catalogue-enums';
import { catalogueStore, listKey } from '../../stores/catalogue-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { displayPrice } from '../../catalogue/display-price';
import { StorePicker } from '../../components/StorePicker';
import { CategoryFilter } from './CategoryFilter';
import { ProductCard } from './ProductCard';
import { useT } from '../../i18n/use-t';
import './storefront.css';

const isCategory = (c: string | null): c is Category => !!c && (CATEGORIES as readonly string[]).includes(c);

/** `/`: search and category filters, the grid with posters, prices, promotions and stock per store. */
export function StorefrontPage() {
  const { t, tn } = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const rawCat = params.get('category');
  const category = isCategory(rawCat) ? rawCat : null;
  const key = listKey(q, category ?? undefined);
  const ids = useCatalogue((s) => s.lists[key]);
  const products = useCatalogue((s) => s.products);
  const promotions = useCatalogue((s) => s.promotions);

  useEffect(() => {
    const c = catalogueStore.getState();
    void c.loadList(q, category ?? undefined).catch(() => undefined);
    void c.loadPromotions().catch(() => undefined);
    void c.loadLocations().catch(() => undefined);
  }, [q, category]);

  const now = useMemo(() => new Date().toISOString(), []);
  const items = (ids ?? []).map((id) => products[id]).filter(Boolean);

  const setCategory = (c: Category | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (c) next.set('category', c);
      else next.delete('category');
      return next;
    });

  return (
    <section className="page storefront">
      <div className="storefront__head">
        <div>
          <h1>{category ? t(`category.${category}`) : t('shop.title')}</h1>
          <p className="muted" aria-live="polite">
            {ids ? tn('shop.results', items.length) : t('app.loading')} {q && t('shop.resultsFor', { q })}
          </p>
        </div>
        <StorePicker />
      </div>
      <CategoryFilter value={category} onChange={setCategory} />
      {ids && items.length === 0 && <p className="empty">{t('shop.empty')}</p>}
      <div className="grid">
        {items.map((p) => (
          <ProductCard key={p.id} product={p} price={displayPrice(p, promotions ?? [], now)} />
        ))}
      </div>
    </section>
  );
}
