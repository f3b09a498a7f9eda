import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import type { Product } from '../../../../shared/catalogue/product';
import type { Locale } from '../../../../shared/i18n-text';
import { catalogueStore, listKey } from '../../stores/catalogue-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { immersiveStore } from '../../stores/immersive-store';
import { recordView } from '../../catalogue/record-view';
import { exposeRenderer } from '../../scene/viewer/expose-renderer';
import { arXrStore, whenArReady } from './ar-xr-store';
import { arSceneStore } from './ar-scene-store';
import { arCatalogue, type Catalogue } from './ar-catalogue';
import { ArScene } from './ArScene';
import { ArOverlay } from './ArOverlay';
import './ar.css';

export interface ArExperienceProps {
  product: Product;
  variantId: string | null;
  locale: Locale;
  /** Called when the session ends; `error` says why it could not start ('camera' for a refused camera). */
  onClose(error?: string): void;
}

/** Why a session request failed, in words the page can show. */
function reasonOf(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'camera';
  return (e as Error)?.message ?? String(e);
}

/**
 * "View in your room" with WebXR immersive-ar: a canvas over the page (transparent: the camera
 * image is the background), furniture placed by tapping at the reticle, and a DOM overlay with
 * the product, its stock at the chosen store and an add-to-cart that records channel `ar`.
 */
export function ArExperience({ product, variantId, onClose }: ArExperienceProps) {
  const [{ store, overlay }] = useState(arXrStore);
  const [catalogue, setCatalogue] = useState<Catalogue>(() => arCatalogue([product]));
  const [canvasReady, setCanvasReady] = useState(false);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const unexpose = useRef<(() => void) | null>(null);

  // Keyed on the id: a refreshed copy of the same product (the page reloads the catalogue) must
  // not wipe what the customer has placed.
  const productRef = useRef(product);
  productRef.current = product;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the product's id on purpose (see above): a refreshed copy of the same product must not reset the scene.
  useEffect(() => {
    const product = productRef.current;
    arSceneStore.getState().reset(product.id, variantId);
    void catalogueStore
      .getState()
      .loadList()
      .then((items) => setCatalogue(arCatalogue(items.some((p) => p.id === product.id) ? items : [product, ...items])))
      .catch(() => undefined);
  }, [product.id, variantId]);

  // The merchant changed products: the strip takes the refreshed list (placed items stay).
  const revision = useCatalogue((s) => s.revision);
  useEffect(() => {
    if (!revision) return;
    const product = productRef.current;
    const items = (catalogueStore.getState().lists[listKey()] ?? []).map((id) => catalogueStore.getState().products[id]).filter((p): p is Product => !!p);
    if (items.length) setCatalogue(arCatalogue(items.some((p) => p.id === product.id) ? items : [product, ...items]));
  }, [revision]);

  // Each product placed in the room is an AR view of that product (the one the session opened
  // with and any picked from the strip), so an add that follows counts in the dashboard's AR funnel.
  useEffect(
    () =>
      arSceneStore.subscribe((s, prev) => {
        for (const item of s.items) if (!prev.items.some((p) => p.uid === item.uid)) recordView(item.productId, 'product.viewed_in_ar', 'ar');
      }),
    [],
  );

  useEffect(() => {
    if (!canvasReady) return;
    let ended = false;
    const off = store.onSessionEnd(() => {
      ended = true;
      closeRef.current();
    });
    (async () => {
      try {
        await whenArReady();
        const session = await store.enterAR();
        if (!session) throw new Error('the browser did not start an AR session');
        recordView(product.id, 'product.viewed_in_ar', 'ar');
      } catch (e) {
        console.error('AR:', e);
        if (!ended) closeRef.current(reasonOf(e));
      }
    })();
    return () => {
      off();
      void store.getState().session?.end().catch(() => undefined);
    };
  }, [canvasReady, store, product.id]);

  useEffect(() => {
    immersiveStore.getState().setActive(true);
    return () => {
      immersiveStore.getState().setActive(false);
      unexpose.current?.();
    };
  }, []);

  const onCreated = useCallback((state: { gl: never; scene: never; camera: never }) => {
    unexpose.current = exposeRenderer(state.gl, state.scene, state.camera, { immersive: true });
    setCanvasReady(true);
  }, []);

  return (
    <>
      {createPortal(
        <div className="ar-stage" data-testid="ar-stage">
          <Canvas gl={{ alpha: true, antialias: true }} camera={{ position: [0, 1.6, 0] }} onCreated={onCreated as never} frameloop="always">
            <XR store={store}>
              <ArScene catalogue={catalogue} />
            </XR>
          </Canvas>
        </div>,
        document.body,
      )}
      {createPortal(<ArOverlay catalogue={catalogue} onExit={() => void store.getState().session?.end()} />, overlay)}
    </>
  );
}
