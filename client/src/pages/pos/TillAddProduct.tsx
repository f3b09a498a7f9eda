import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { fulfilmentFor } from '../../../../shared/pos/till-mode';
import { useCatalogue } from '../../stores/use-catalogue';
import { useT } from '../../i18n/use-t';
import { catalogueStore } from '../../stores/catalogue-store';
import { displayPrice } from '../../../../shared/pricing/unit-price';
import { UnitPriceText } from '../../components/UnitPriceText';
import { tillStore } from './till-store';
import { shelfStore } from './shelf-store';

/** Adds an item at the till: found by name or reference; taken now when it is on the shelf, else to pick up here later. */
export function TillAddProduct({ storeId }: { storeId: string }) {
  const { t, locale } = useT();
  const id = useId();
  const [q, setQ] = useState('');
  const products = useCatalogue((s) => s.products);
  const shelf = useStore(shelfStore, (s) => s.rows);
  const busy = useStore(tillStore, (s) => s.busy);
  const promotions = useCatalogue((s) => s.promotions);
  useEffect(() => {
    void catalogueStore.getState().loadPromotions().catch(() => undefined);
  }, []);
  const now = new Date().toISOString();
  const needle = q.trim().toLowerCase();
  const matches = needle.length < 2 ? [] : Object.values(products)
    .filter((p) => p.name.fr.toLowerCase().includes(needle) || p.name.en.toLowerCase().includes(needle) || p.sku.toLowerCase().includes(needle) || p.id.includes(needle))
    .slice(0, 6);
  return (
    <div className="till-add">
      <label htmlFor={id}>{t('pos.addProduct')}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('pos.search')} data-testid="till-search" />
      {matches.length > 0 && (
        <ul className="plain till-add__list">
          {matches.map((p) => {
            const free = shelf[p.id]?.available ?? 0;
            return (
              <li key={p.id}>
                <span>
                  {p.name[locale]} <span className="muted small">
                    <UnitPriceText {...unitOf(displayPrice(p, promotions ?? [], now))} locale={locale} wasLabel={(was) => t('product.was', { price: was })} testId="till-search-price" /> · {t('pos.onShelf', { n: free })}
                  </span>
                </span>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={busy}
                  data-testid={`till-add-${p.id}`}
                  onClick={() => {
                    void tillStore.getState().send([{ type: 'addLine', productId: p.id, qty: 1, fulfilment: fulfilmentFor(free > 0 ? 'take_now' : 'pickup_here', storeId) }]);
                    setQ('');
                  }}
                >
                  {t('pos.add')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const unitOf = (d: ReturnType<typeof displayPrice>) => ({ unit: d.price, was: d.was });
