import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { useStore } from 'zustand';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import { catalogueStore } from '../../stores/catalogue-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { storeChoiceStore } from '../../stores/store-choice-store';
import { browsingStore } from '../../stores/browsing-store';
import { displayPrice } from '../../../../shared/pricing/unit-price';
import { shownVariantId } from '../../../../shared/catalogue/shown-variant';
import { stockSummary } from '../../catalogue/stock-summary';
import { useAvailability } from '../../catalogue/use-availability';
import { recordView } from '../../catalogue/record-view';
import { PriceTag } from '../../components/PriceTag';
import { StorePicker } from '../../components/StorePicker';
import { formatCm, formatTime } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { ViewerPanel } from './viewer/ViewerPanel';
import { VariantPicker } from './VariantPicker';
import { FulfilmentPicker } from './FulfilmentPicker';
import { defaultFulfilment } from '../../catalogue/default-fulfilment';
import { AddToCartPanel } from './AddToCartPanel';
import { ArSection } from './ar/ArSection';
import './product.css';

/** `/p/:productId`: the 3D viewer behind the poster, variants, stock per store, fulfilment and "view in your room". */
export function ProductPage() {
  const { productId } = useParams<{ productId: string }>();
  const { t, locale } = useT();
  const [params, setParams] = useSearchParams();
  const product = useCatalogue((s) => s.products[productId]);
  const promotions = useCatalogue((s) => s.promotions);
  const locations = useCatalogue((s) => s.locations);
  const storeId = useStore(storeChoiceStore, (s) => s.storeId);
  const [missing, setMissing] = useState(false);
  const [chosen, setChosen] = useState<Fulfilment | null>(null);
  const availability = useAvailability(product?.id, { refreshMs: 15_000 });

  const seen = useRef(false);
  useEffect(() => {
    seen.current = false;
    setMissing(false);
    setChosen(null);
    const c = catalogueStore.getState();
    c.loadProduct(productId).then(
      () => recordView(productId, 'product.viewed'),
      () => setMissing(true),
    );
    void c.loadPromotions().catch(() => undefined);
    void c.loadLocations().catch(() => undefined);
  }, [productId]);

  // Taken off sale while the page was open: the store dropped it; say so rather than wait.
  if (product) seen.current = true;
  useEffect(() => {
    if (!product && seen.current) setMissing(true);
  }, [product]);

  const variantParam = params.get('v');
  const variantId = product ? shownVariantId(product, variantParam) : null;

  useEffect(() => {
    if (!product) return;
    browsingStore.getState().setViewing(product.id, variantId);
    return () => browsingStore.getState().setViewing(null);
  }, [product, variantId]);

  const summary = useMemo(() => (locations && availability ? stockSummary(availability, locations, storeId) : null), [availability, locations, storeId]);
  // Until the customer picks: their store when it has the item, else delivery.
  const fulfilment: Fulfilment = chosen ?? defaultFulfilment(summary, storeId);
  const maxQty = fulfilment.type === 'ship' ? (summary?.shippable ?? 99) : (summary?.stores.find((s) => s.location.id === fulfilment.locationId)?.available ?? 99);

  if (missing) {
    return (
      <section className="page narrow">
        <h1>{t('product.notFound')}</h1>
        <Link href="/">{t('app.backHome')}</Link>
      </section>
    );
  }
  if (!product) {
    return (
      <section className="page" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </section>
    );
  }

  const price = displayPrice(product, promotions ?? [], new Date().toISOString(), variantId);
  const dims = product.dimensionsM;
  const setVariant = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('v', id);
        return next;
      },
      { replace: true },
    );

  return (
    <article className="page product" data-testid="product-page">
      <nav className="crumbs" aria-label={t('product.breadcrumb')}>
        <Link href="/">Vitrine</Link> › <Link href={`/?category=${product.category}`}>{t(`category.${product.category}`)}</Link>
      </nav>
      <div className="product__layout">
        <div className="product__media">
          <ViewerPanel product={product} variantId={variantId} />
        </div>
        <div className="product__info">
          <h1>{product.name[locale]}</h1>
          <PriceTag price={price} size="lg" />
          {price.bundles.map((b) => (
            <p key={b.id} className="bundle">
              {t('product.bundle', { label: b.label[locale] })}
            </p>
          ))}
          <p className="product__desc">{product.description[locale]}</p>
          <p className="product__dims">
            <strong>{t('product.dimensions')}</strong>
            {t('app.colon')} {t('product.dims', { w: formatCm(dims.w, locale), h: formatCm(dims.h, locale), d: formatCm(dims.d, locale) })}
          </p>
          <VariantPicker variants={product.variants} value={variantId} onChange={setVariant} />
          <div className="product__stock-head">
            <h2 className="h-small">{t('stock.title')}</h2>
            <StorePicker />
          </div>
          <FulfilmentPicker summary={summary} value={fulfilment} onChange={setChosen} />
          {availability && <p className="muted small">{t('stock.refreshed', { time: formatTime(new Date(availability.at), locale) })}</p>}
          <AddToCartPanel product={product} variantId={variantId} fulfilment={fulfilment} maxQty={maxQty} />
          <ArSection product={product} variantId={variantId} highlight={params.get('ar') === '1'} />
        </div>
      </div>
    </article>
  );
}
