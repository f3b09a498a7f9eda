import { useState } from 'react';
import { useStore } from 'zustand';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import { useT } from '../../i18n/use-t';
import { useCatalogue } from '../../stores/use-catalogue';
import { storeChoiceStore } from '../../stores/store-choice-store';
import { cartStore } from '../../stores/cart-store';
import { displayPrice } from '../../../../shared/pricing/unit-price';
import { stockSummary } from '../../catalogue/stock-summary';
import { useAvailability } from '../../catalogue/use-availability';
import { isApiError } from '../../api/api-error';
import { PriceTag } from '../../components/PriceTag';
import { StockLine } from '../../components/StockLine';
import { StorePicker } from '../../components/StorePicker';
import { FulfilmentSelect } from '../../components/FulfilmentSelect';
import { defaultFulfilment } from '../../catalogue/default-fulfilment';
import { arSceneStore } from './ar-scene-store';
import type { Catalogue } from './ar-catalogue';

const STEP = Math.PI / 12;

/** The product in focus (the selected item, else the next to place): price, stock, add to cart, and the item's actions. */
export function ArItemPanel({ catalogue }: { catalogue: Catalogue }) {
  const { t, locale } = useT();
  const item = useStore(arSceneStore, (s) => s.items.find((i) => i.uid === s.selectedUid) ?? null);
  const nextId = useStore(arSceneStore, (s) => s.nextProductId);
  const nextVariant = useStore(arSceneStore, (s) => s.nextVariantId);
  const scaling = useStore(arSceneStore, (s) => s.scaling);
  const storeId = useStore(storeChoiceStore, (s) => s.storeId);
  const locations = useCatalogue((s) => s.locations);
  const promotions = useCatalogue((s) => s.promotions);
  const product = catalogue.byId(item?.productId ?? nextId);
  const variantId = item ? item.variantId : nextVariant;
  const availability = useAvailability(product?.id, { refreshMs: 20_000 });
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  // Kept with its product: another product in focus starts again from the default.
  const [chosen, setChosen] = useState<{ productId: string; fulfilment: Fulfilment } | null>(null);
  if (!product) return null;

  const summary = availability && locations ? stockSummary(availability, locations, storeId) : null;
  const variant = product.variants.find((v) => v.id === variantId);
  // What the add does is shown and chosen here, as on the product page: the stock line may name a store the add would not use.
  const fulfilment: Fulfilment = chosen?.productId === product.id ? chosen.fulfilment : defaultFulfilment(summary, storeId);
  const pickupStores = (summary?.stores ?? []).filter((s) => s.available > 0 || (fulfilment.type === 'pickup' && s.location.id === fulfilment.locationId)).map((s) => s.location);
  const add = async () => {
    setState({ kind: 'busy' });
    try {
      await cartStore.getState().addLine(product.id, { variantId: variantId ?? undefined, fulfilment, channel: 'ar' });
      setState({ kind: 'done' });
    } catch (e) {
      const lines = isApiError(e, 'insufficient_stock') ? (e.body.lines as { available: number }[] | undefined) : undefined;
      const available = lines?.[0]?.available;
      setState({ kind: 'error', message: available !== undefined ? t('product.insufficient', { n: available }) : (e as Error).message });
    }
  };

  return (
    <section className="ar-card" aria-label={product.name[locale]} data-testid="ar-card" data-product-id={product.id}>
      <div className="ar-card__head">
        <img src={product.thumbnail} alt="" width={44} height={44} />
        <div className="ar-card__title">
          <p className="ar-card__name">{product.name[locale]}</p>
          {variant && <p className="ar-card__variant">{variant.name[locale]}</p>}
        </div>
        <PriceTag price={displayPrice(product, promotions ?? [], new Date().toISOString(), variantId)} />
      </div>
      <StockLine summary={summary} />
      <div className="ar-card__row">
        <StorePicker />
        <FulfilmentSelect value={fulfilment} stores={pickupStores} label={t('product.fulfilment')} onChange={(f) => setChosen({ productId: product.id, fulfilment: f })} testId="ar-fulfilment" />
        <button type="button" className="btn btn--accent btn--small" onClick={add} disabled={state.kind === 'busy'} data-testid="ar-add-to-cart">
          {state.kind === 'busy' ? t('product.adding') : t('product.add')}
        </button>
        <span role="status" className="ar-card__status">
          {state.kind === 'done' && `✓ ${t('product.added')}`}
          {state.kind === 'error' && state.message}
        </span>
      </div>
      {item && (
        <div className="ar-card__row ar-card__tools">
          <button type="button" className="ar-chip" aria-label="−15°" onClick={() => arSceneStore.getState().update(item.uid, { rotation: item.rotation + STEP })}>
            ⟲
          </button>
          <button type="button" className="ar-chip" aria-label="+15°" onClick={() => arSceneStore.getState().update(item.uid, { rotation: item.rotation - STEP })}>
            ⟳
          </button>
          <button type="button" className="ar-chip" aria-pressed={scaling} onClick={() => arSceneStore.getState().setScaling(!scaling)} data-testid="ar-scale-toggle">
            {scaling ? t('ar.scale', { pct: Math.round(item.scale * 100) }) : t('ar.scaleLock')}
          </button>
          {scaling && (
            <>
              <button type="button" className="ar-chip" aria-label="−10 %" onClick={() => arSceneStore.getState().update(item.uid, { scale: Math.max(0.25, item.scale - 0.1) })}>
                −
              </button>
              <button type="button" className="ar-chip" aria-label="+10 %" onClick={() => arSceneStore.getState().update(item.uid, { scale: Math.min(3, item.scale + 0.1) })}>
                +
              </button>
            </>
          )}
          <button type="button" className="ar-chip ar-chip--danger" onClick={() => arSceneStore.getState().remove(item.uid)} data-testid="ar-remove">
            {t('ar.remove')}
          </button>
          <button type="button" className="ar-chip" onClick={() => arSceneStore.getState().select(null)} aria-label={t('ar.addAnother')} title={t('ar.addAnother')}>
            +
          </button>
        </div>
      )}
    </section>
  );
}
