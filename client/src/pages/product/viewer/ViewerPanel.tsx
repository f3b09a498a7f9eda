import { useCallback, useEffect, useRef, useState } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import { modelFor } from '../../../../../shared/catalogue/variant-model';
import type { ProductViewer } from '../../../scene/viewer/product-viewer';
import { hasWebGL2 } from '../../../scene/webgl-support';
import { immersiveStore } from '../../../stores/immersive-store';
import { useT } from '../../../i18n/use-t';
import { DimensionLabels } from './DimensionLabels';
import { ViewerToolbar } from './ViewerToolbar';
import { dimensionsText } from '../dimensions-text';
import './viewer.css';

/** Same colour as the posters' background, so the 3D view replaces the poster without a jump. */
export const VIEWER_BACKGROUND = '#ebe9e4';

type Phase = 'loading' | 'ready' | 'no-webgl' | 'failed';

/**
 * The poster first, then the 3D viewer (plain three.js, in its own lazy chunk) fading in over it
 * once its first frame is on screen. Without WebGL the poster stays, with a notice. The chosen
 * variant's own model wins over the product's; when neither has one the photo shows alone: no
 * viewer is started, nothing says it failed.
 */
export function ViewerPanel({ product, variantId }: { product: Product; variantId: string | null }) {
  const { glb } = modelFor(product, variantId);
  return glb ? <ModelViewer product={product} variantId={variantId} glb={glb} /> : <PhotoOnly product={product} />;
}

function PhotoOnly({ product }: { product: Product }) {
  const { t, locale } = useT();
  return (
    <div className="viewer" data-phase="photo" data-testid="viewer">
      <div className="viewer__stage">
        <img className="viewer__poster" src={product.thumbnail} alt={product.name[locale]} width={512} height={512} fetchPriority="high" />
      </div>
      <p className="muted small" data-testid="viewer-photo-only">
        {t('viewer.photoOnly')}
      </p>
    </div>
  );
}

function ModelViewer({ product, variantId, glb }: { product: Product; variantId: string | null; glb: string }) {
  const { t, locale } = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewerRef = useRef<ProductViewer | null>(null);
  const [phase, setPhase] = useState<Phase>(() => (hasWebGL2() ? 'loading' : 'no-webgl'));
  const [dims, setDims] = useState(false);
  const [rotating, setRotating] = useState(true);
  const frameListeners = useRef(new Set<() => void>());
  const variantRef = useRef(variantId);
  variantRef.current = variantId;
  const subscribe = useCallback((f: () => void) => {
    frameListeners.current.add(f);
    return () => void frameListeners.current.delete(f);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new product or model file (id, GLB, placement) is a trigger: the viewer is rebuilt for it; the effect reads the product through the props at that moment.
  useEffect(() => {
    if (!hasWebGL2()) return;
    const canvas = canvasRef.current!;
    let viewer: ProductViewer | null = null;
    let cancelled = false;
    let ro: ResizeObserver | null = null;
    setPhase('loading');
    import('../../../scene/viewer/product-viewer')
      .then(async ({ ProductViewer }) => {
        if (cancelled) return;
        viewer = new ProductViewer(canvas, {
          background: VIEWER_BACKGROUND,
          onFirstFrame: () => !cancelled && setPhase('ready'),
          onFrame: () => {
            for (const f of frameListeners.current) f();
          },
          onInteract: () => setRotating(false),
        });
        viewerRef.current = viewer;
        // An AR session may have started while the viewer's code loaded: stay still under it.
        viewer.setPaused(immersiveStore.getState().active);
        setRotating(viewer.rig.autoRotate);
        ro = new ResizeObserver(() => viewer?.resize(canvas.clientWidth, canvas.clientHeight));
        ro.observe(canvas);
        viewer.resize(canvas.clientWidth, canvas.clientHeight);
        await viewer.load(glb, product.placement, variantRef.current);
      })
      .catch((e: unknown) => {
        console.error('3D viewer:', e);
        // three.js says "Error creating WebGL context." when the GPU or the browser refuses one.
        if (!cancelled) setPhase(/WebGL context/i.test(String(e)) ? 'no-webgl' : 'failed');
      });
    return () => {
      cancelled = true;
      ro?.disconnect();
      viewer?.dispose();
      viewerRef.current = null;
    };
  }, [product.id, glb, product.placement]);

  useEffect(() => {
    viewerRef.current?.setVariant(variantId);
  }, [variantId]);

  // Nobody sees the viewer under an AR session: let the phone spend its GPU on the camera view.
  useEffect(
    () =>
      immersiveStore.subscribe((s, prev) => {
        if (s.active !== prev.active) viewerRef.current?.setPaused(s.active);
      }),
    [],
  );

  const name = product.name[locale];
  const fallback = phase === 'no-webgl' || phase === 'failed';
  return (
    <div className="viewer" data-phase={phase} data-testid="viewer" data-model={glb}>
      <div className="viewer__stage">
        <img className="viewer__poster" src={product.thumbnail} alt={fallback ? name : ''} width={512} height={512} fetchPriority="high" />
        {!fallback && (
          <canvas
            // A disposed viewer loses its canvas's WebGL context for good: a new model gets a new canvas.
            key={`${product.id} ${glb} ${product.placement}`}
            ref={canvasRef}
            className="viewer__canvas"
            tabIndex={0}
            role="img"
            aria-label={t('viewer.label', { name, dims: dimensionsText(product.dimensionsM, { t, locale }) })}
            aria-roledescription="3D"
            data-testid="viewer-canvas"
          />
        )}
        {phase === 'ready' && dims && (
          <DimensionLabels dimensions={product.dimensionsM} viewer={viewerRef} subscribe={subscribe} />
        )}
        {phase === 'loading' && (
          <p className="viewer__loading" role="status">
            <span className="spinner" aria-hidden="true" /> {t('viewer.loading')}
          </p>
        )}
      </div>
      {fallback && (
        <p className="notice" role="status" data-testid="viewer-fallback">
          {t(phase === 'no-webgl' ? 'viewer.noWebgl' : 'viewer.failed')}
        </p>
      )}
      {phase === 'ready' && (
        <ViewerToolbar
          dims={dims}
          rotating={rotating}
          onDims={(on) => {
            setDims(on);
            viewerRef.current?.setDimensionsVisible(on);
            // Measurements read best from the front three-quarter view, standing still.
            if (on) {
              setRotating(false);
              viewerRef.current?.setAutoRotate(false);
              viewerRef.current?.resetView();
            }
          }}
          onRotate={(on) => {
            setRotating(on);
            viewerRef.current?.setAutoRotate(on);
          }}
          onReset={() => viewerRef.current?.resetView()}
        />
      )}
    </div>
  );
}
