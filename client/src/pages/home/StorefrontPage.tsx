import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { useStore } from 'zustand';
import type { Category, Product } from '../../../../shared/catalogue/product';
import { CATEGORIES } from '../../../../shared/catalogue/catalogue-enums';
import { PRICE_BANDS, PRODUCT_SORTS, type ProductSort } from '../../../../shared/catalogue/product-search';
import { catalogueStore } from '../../stores/catalogue-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { searchStore } from '../../stores/search-store';
import { storeChoiceStore } from '../../stores/store-choice-store';
import { displayPrice } from '../../../../shared/pricing/unit-price';
import { StorePicker } from '../../components/StorePicker';
import { CategoryFilter } from './CategoryFilter';
import { SearchFacets } from './SearchFacets';
import { ProductCard } from './ProductCard';
import { SortSelect } from './SortSelect';
import { useT } from '../../i18n/use-t';
import './storefront.css';

const isCategory = (c: string | null): c is Category => !!c && (CATEGORIES as readonly string[]).includes(c);
const bandOf = (raw: string | null): number | null => {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 && n < PRICE_BANDS.length ? n : null;
};
const sortOf = (raw: string | null): ProductSort => (PRODUCT_SORTS as readonly (string | null)[]).includes(raw) ? (raw as ProductSort) : 'relevance';

/** `/`: search with category, price and in-store filters, sorted as chosen, the grid page by page with stock per store. */
export function StorefrontPage() {
  const { t, tn } = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const rawCat = params.get('category');
  const category = isCategory(rawCat) ? rawCat : null;
  const priceBand = bandOf(params.get('price'));
  const sort = sortOf(params.get('sort'));
  const storeId = useStore(storeChoiceStore, (s) => s.storeId);
  const inStore = params.get('instore') === '1' && !!storeId;
  const search = useStore(searchStore);
  const products = useCatalogue((s) => s.products);
  const promotions = useCatalogue((s) => s.promotions);
  const locations = useCatalogue((s) => s.locations);

  useEffect(() => {
    void searchStore.getState().run({ q, category: category ?? undefined, priceBand: priceBand ?? undefined, inStore, storeId: storeId ?? undefined, sort: sort === 'relevance' ? undefined : sort });
  }, [q, category, priceBand, inStore, storeId, sort]);
  useEffect(() => {
    const c = catalogueStore.getState();
    void c.loadPromotions().catch(() => undefined);
    void c.loadLocations().catch(() => undefined);
  }, []);

  const now = useMemo(() => new Date().toISOString(), []);
  const items = search.ids.map((id) => products[id]).filter((p): p is Product => !!p);
  const ready = search.key !== null && !(search.loading && search.pages === 0);
  const storeName = storeId ? (locations?.find((l) => l.id === storeId)?.name ?? null) : null;

  const setParam = (name: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });

  return (
    <section className="page storefront">
      <div className="storefront__head">
        <div>
          <h1>{category ? t(`category.${category}`) : t('shop.title')}</h1>
          <p className="muted" aria-live="polite">
            {ready ? tn('shop.results', search.total) : t('app.loading')} {q && t('shop.resultsFor', { q })}
          </p>
        </div>
        <div className="storefront__controls">
          <SortSelect value={sort} onChange={(s) => setParam('sort', s === 'relevance' ? null : s)} />
          <StorePicker />
        </div>
      </div>
      <CategoryFilter value={category} onChange={(c: Category | null) => setParam('category', c)} />
      <SearchFacets
        facets={search.facets}
        priceBand={priceBand}
        onPriceBand={(b) => setParam('price', b === null ? null : String(b))}
        storeName={storeName}
        inStore={inStore}
        onInStore={(on) => setParam('instore', on ? '1' : null)}
      />
      {search.failed && <p className="empty" role="alert">{t('shop.searchFailed')}</p>}
      {ready && !search.failed && items.length === 0 && <p className="empty">{t('shop.empty')}</p>}
      <div className="grid">
        {items.map((p) => (
          <ProductCard key={p.id} product={p} price={displayPrice(p, promotions ?? [], now)} />
        ))}
      </div>
      {search.ids.length < search.total && (
        <div className="storefront__more">
          <p className="muted">{t('shop.shown', { shown: search.ids.length, total: search.total })}</p>
          <button type="button" className="btn" disabled={search.loading} onClick={() => void searchStore.getState().more()}>
            {t('shop.more')}
          </button>
        </div>
      )}
    </section>
  );
}
