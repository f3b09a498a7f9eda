import { useState } from 'react';
import { Link } from 'wouter';
import type { Product } from '../../../../shared/catalogue/product';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import { cartStore } from '../../stores/cart-store';
import { catalogueStore } from '../../stores/catalogue-store';
import { isApiError } from '../../api/api-error';
import { QtyStepper } from '../../components/QtyStepper';
import { useT } from '../../i18n/use-t';

type State = { kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string };

/** Quantity and the add-to-cart button, with what happened said out loud (aria-live). */
export function AddToCartPanel({ product, variantId, fulfilment, maxQty }: { product: Product; variantId: string | null; fulfilment: Fulfilment; maxQty: number }) {
  const { t } = useT();
  const [qty, setQty] = useState(1);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const add = async () => {
    setState({ kind: 'busy' });
    try {
      await cartStore.getState().addLine(product.id, { qty, variantId: variantId ?? undefined, fulfilment });
      setState({ kind: 'done' });
    } catch (e) {
      const lines = isApiError(e, 'insufficient_stock') ? (e.body.lines as { available: number }[] | undefined) : undefined;
      const available = lines?.[0]?.available;
      setState({ kind: 'error', message: available !== undefined ? t('product.insufficient', { n: available }) : (e as Error).message });
    } finally {
      void catalogueStore.getState().loadAvailability(product.id).catch(() => undefined);
    }
  };

  return (
    <div className="buy">
      <div className="buy__row">
        <QtyStepper value={qty} onChange={setQty} label={t('product.qty')} max={Math.max(1, Math.min(99, maxQty || 99))} testId="product-qty" />
        <button type="button" className="btn btn--accent buy__add" onClick={add} disabled={state.kind === 'busy'} data-testid="add-to-cart">
          {state.kind === 'busy' ? t('product.adding') : t('product.add')}
        </button>
      </div>
      <p className="buy__status" role="status" aria-live="polite">
        {state.kind === 'done' && (
          <span className="ok-text">
            ✓ {t('product.added')} · <Link href="/cart">{t('header.cart')}</Link>
          </span>
        )}
        {state.kind === 'error' && <span className="error-text">{state.message}</span>}
      </p>
    </div>
  );
}
