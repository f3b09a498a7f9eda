import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import type { Product } from '../../../../shared/catalogue/product';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import type { DisplayPrice } from '../../../../shared/pricing/unit-price';
import { stockSummary, type StockSummary } from '../../catalogue/stock-summary';
import { useAvailability } from '../../catalogue/use-availability';
import { useCatalogue } from '../../stores/use-catalogue';
import { storeChoiceStore } from '../../stores/store-choice-store';
import { cartStore } from '../../stores/cart-store';
import { isApiError } from '../../api/api-error';
import { PriceTag } from '../../components/PriceTag';
import { StockLine } from '../../components/StockLine';
import { useT } from '../../i18n/use-t';

/** Delivery when the warehouse has it, else pickup where it is. */
function quickFulfilment(s: StockSummary | null): Fulfilment {
  if (!s || s.shippable > 0 || !s.focus || s.focus.available <= 0) return { type: 'ship' };
  return { type: 'pickup', locationId: s.focus.location.id };
}

export function ProductCard({ product, price }: { product: Product; price: DisplayPrice }) {
  const { t, locale } = useT();
  const ref = useRef<HTMLElement>(null);
  const availability = useAvailability(product.id, { whenVisible: ref });
  const locations = useCatalogue((s) => s.locations);
  const storeId = useStore(storeChoiceStore, (s) => s.storeId);
  const summary = availability && locations ? stockSummary(availability, locations, storeId) : null;
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const name = product.name[locale];

  const add = async () => {
    setState({ kind: 'busy' });
    try {
      await cartStore.getState().addLine(product.id, { variantId: product.variants[0]?.id, fulfilment: quickFulfilment(summary) });
      setState({ kind: 'done' });
    } catch (e) {
      const lines = isApiError(e, 'insufficient_stock') ? (e.body.lines as { available: number }[] | undefined) : undefined;
      const available = lines?.[0]?.available;
      setState({ kind: 'error', message: available !== undefined ? t('product.insufficient', { n: available }) : (e as Error).message });
    }
  };

  return (
    <article className="card" ref={ref} data-testid="product-card" data-product-id={product.id}>
      <Link href={`/p/${product.id}`} className="card__link">
        <div className="card__media">
          <img src={product.thumbnail} alt="" width={512} height={512} loading="lazy" decoding="async" />
          {price.was && <span className="card__flag">{t('shop.promo')} −{price.percent} %</span>}
        </div>
        <h2 className="card__title">{name}</h2>
      </Link>
      <PriceTag price={price} />
      <StockLine summary={summary} />
      <div className="card__actions">
        <button type="button" className="btn btn--small" onClick={add} disabled={state.kind === 'busy'} aria-label={`${t('product.add')}${t('app.colon')} ${name}`}>
          {state.kind === 'busy' ? t('product.adding') : t('product.add')}
        </button>
        <span className="card__status" role="status">
          {state.kind === 'done' && t('product.added')}
          {state.kind === 'error' && <span className="error-text">{state.message}</span>}
        </span>
      </div>
    </article>
  );
}
