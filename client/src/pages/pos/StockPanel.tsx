import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { Product } from '../../../../shared/catalogue/product';
import { storeApi } from '../../api/store-api';
import { isApiError } from '../../api/api-error';
import { useCatalogue } from '../../stores/use-catalogue';
import { useT } from '../../i18n/use-t';
import { shelfStore } from './shelf-store';

function StockRow({ product, storeId, onMessage }: { product: Product; storeId: string; onMessage(m: { ok: boolean; text: string }): void }) {
  const { t, tn, locale } = useT();
  const row = useStore(shelfStore, (s) => s.rows[product.id]);
  const [receive, setReceive] = useState('');
  const [count, setCount] = useState('');
  const [busy, setBusy] = useState(false);
  const name = product.name[locale];
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      onMessage({ ok: false, text: isApiError(e, 'below_reserved') ? tn('shelf.belowReserved', Number(e.body.reserved)) : (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-testid="stock-row" data-product={product.id}>
      <th scope="row">
        {name}
        <span className="stock-table__sku">{product.sku}</span>
      </th>
      <td data-testid="stock-on-hand">{row?.onHand ?? 0}</td>
      <td>{row?.reserved ?? 0}</td>
      <td data-testid="stock-available">{row?.available ?? 0}</td>
      <td>
        <div className="stock-table__acts">
        <form
          className="stock-act"
          onSubmit={(e) => {
            e.preventDefault();
            const qty = Number(receive);
            if (!Number.isInteger(qty) || qty < 1) return;
            void act(async () => {
              const r = await storeApi.receive(storeId, [{ productId: product.id, qty }]);
              shelfStore.getState().put(r.items);
              setReceive('');
              const [saved] = r.items;
              if (!saved) throw new Error('the store answered with no stock row');
              onMessage({ ok: true, text: t('shelf.saved', { name, n: saved.onHand }) });
            });
          }}
        >
          <input type="number" min={1} max={999} value={receive} onChange={(e) => setReceive(e.target.value)} aria-label={t('shelf.receiveQty', { name })} />
          <button type="submit" className="btn btn--small btn--ghost" disabled={busy || !receive}>
            {t('shelf.receive')}
          </button>
        </form>
        <form
          className="stock-act"
          onSubmit={(e) => {
            e.preventDefault();
            const counted = Number(count);
            if (!Number.isInteger(counted) || counted < 0) return;
            void act(async () => {
              const r = await storeApi.count(storeId, product.id, counted);
              shelfStore.getState().put([r]);
              setCount('');
              onMessage({ ok: true, text: t('shelf.saved', { name, n: r.onHand }) });
            });
          }}
        >
          <input type="number" min={0} max={9999} value={count} onChange={(e) => setCount(e.target.value)} aria-label={t('shelf.countQty', { name })} />
          <button type="submit" className="btn btn--small btn--ghost" disabled={busy || count === ''}>
            {t('shelf.count')}
          </button>
        </form>
        </div>
      </td>
    </tr>
  );
}

/** The store's shelves: on hand, reserved for orders, available to every channel; receive deliveries, record counts. */
export function StockPanel({ storeId }: { storeId: string }) {
  const { t, locale } = useT();
  const id = useId();
  const products = useCatalogue((s) => s.products);
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void shelfStore.getState().load(storeId).catch(() => undefined);
  }, [storeId]);
  const f = filter.trim().toLowerCase();
  const list = Object.values(products)
    .filter((p) => !f || p.name[locale].toLowerCase().includes(f) || p.sku.toLowerCase().includes(f))
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return (
    <section className="stock-panel" aria-labelledby="stock-title" data-testid="stock-panel">
      <div className="desk__head">
        <h1 id="stock-title">{t('shelf.title')}</h1>
        <div className="field stock-panel__filter">
          <label htmlFor={id} className="visually-hidden">
            {t('shelf.filter')}
          </label>
          <input id={id} type="search" placeholder={t('shelf.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      </div>
      {message && (
        <p className={message.ok ? 'notice notice--ok' : 'notice notice--error'} role="status" data-testid="stock-message">
          {message.text}
        </p>
      )}
      <div className="stock-panel__scroll">
        <table className="stock-table">
          <thead>
            <tr>
              <th scope="col">{t('shelf.product')}</th>
              <th scope="col">{t('shelf.onHand')}</th>
              <th scope="col">{t('shelf.reserved')}</th>
              <th scope="col">{t('shelf.available')}</th>
              <th scope="col">
                {t('shelf.receive')} / {t('shelf.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <StockRow key={p.id} product={p} storeId={storeId} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
