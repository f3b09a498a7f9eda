import { lazy, Suspense, useEffect, useState } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import { modelFor, quickLookUrl } from '../../../../../shared/catalogue/variant-model';
import { detectArSupport, type ArSupport } from './ar-support';
import { DeviceLinkQr } from './DeviceLinkQr';
import { useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/fr';
import { loadArExperience } from '../../../lazy/load-ar-experience';
import { dimensionsText } from '../dimensions-text';

const ArExperience = lazy(() => loadArExperience().then((m) => ({ default: m.ArExperience })));

const REASONS: Record<Extract<ArSupport, { kind: 'none' }>['reason'], MessageKey> = {
  insecure: 'ar.whyInsecure',
  'no-webxr': 'ar.whyNoWebxr',
  'no-ar': 'ar.whyNoAr',
  camera: 'ar.whyCamera',
};

/**
 * "View in your room": Quick Look on iPhone and iPad (the chosen variant's USDZ), WebXR AR where
 * the browser has it, and a QR code to continue on a phone from a desktop; otherwise why not,
 * and the 3D viewer above. Nothing at all when the chosen variant shows no 3D model (neither its
 * own nor the product's): there is nothing to place.
 */
export function ArSection({ product, variantId, highlight }: { product: Product; variantId: string | null; highlight: boolean }) {
  return modelFor(product, variantId).glb ? <ArOffer product={product} variantId={variantId} highlight={highlight} /> : null;
}

function ArOffer({ product, variantId, highlight }: { product: Product; variantId: string | null; highlight: boolean }) {
  const { t, locale } = useT();
  const [support, setSupport] = useState<ArSupport>({ kind: 'checking' });
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const desktop = typeof matchMedia === 'function' && matchMedia('(pointer: fine)').matches;

  useEffect(() => {
    let live = true;
    void detectArSupport().then((s) => live && setSupport(s));
    return () => {
      live = false;
    };
  }, []);

  // Fetch the AR code as soon as the customer heads for the button: entering AR must follow the tap closely.
  // The visible words first (what a voice user says), then what and how big.
  const arLabel = t('ar.viewLabel', { name: product.name[locale], dims: dimensionsText(product.dimensionsM, { t, locale }) });
  const prefetch = () => void loadArExperience().catch(() => undefined);
  const usdz = quickLookUrl(product, variantId);

  return (
    <section className={highlight ? 'ar ar--highlight' : 'ar'} aria-labelledby="ar-title" data-testid="ar-section" data-ar-support={support.kind}>
      <h2 id="ar-title" className="ar__title">
        {t('ar.view')}
      </h2>
      {support.kind === 'quicklook' && usdz && (
        // USDZ has no material variants: each variant but the default has its own file.
        <a rel="ar" href={usdz} className="btn btn--accent ar__button" aria-label={arLabel} data-testid="ar-quicklook">
          <img src={product.thumbnail} alt="" width={36} height={36} />
          {t('ar.view')}
        </a>
      )}
      {support.kind === 'webxr' && (
        <button
          type="button"
          className="btn btn--accent ar__button"
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onTouchStart={prefetch}
          onClick={() => {
            setFailure(null);
            setOpen(true);
          }}
          aria-label={arLabel}
          data-testid="ar-enter"
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M12 3 4 7.5v9L12 21l8-4.5v-9L12 3Zm0 0v9m0 0 8-4.5M12 12l-8-4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          </svg>
          {t('ar.view')}
        </button>
      )}
      {support.kind === 'none' && (
        <p className="notice" data-testid="ar-reason">
          {t(REASONS[support.reason])} {t('ar.fallback')}
        </p>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {desktop && support.kind !== 'quicklook' && <DeviceLinkQr productId={product.id} />}
      {open && (
        <Suspense fallback={null}>
          <ArExperience
            product={product}
            variantId={variantId}
            locale={locale}
            onClose={(error) => {
              setOpen(false);
              if (error) setFailure(error === 'camera' ? t('ar.whyCamera') : t('ar.whyFailed', { reason: error }));
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
