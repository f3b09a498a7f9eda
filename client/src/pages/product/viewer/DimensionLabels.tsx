import { useEffect, useRef, type RefObject } from 'react';
import type { Dimensions } from '../../../../../shared/catalogue/product';
import type { ProductViewer } from '../../../scene/viewer/product-viewer';
import type { DimensionLabelPosition } from '../../../scene/viewer/dimension-guides';
import { formatCm } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';

const KEYS = ['w', 'h', 'd'] as const;

/**
 * The centimetre labels of the dimension guides, moved every frame by writing `transform` on refs
 * (no React state per frame).
 */
export function DimensionLabels({
  dimensions,
  viewer,
  subscribe,
}: {
  dimensions: Dimensions;
  viewer: RefObject<ProductViewer | null>;
  subscribe(onFrame: () => void): () => void;
}) {
  const { t, locale } = useT();
  const refs = useRef<Record<string, HTMLSpanElement | null>>({});
  useEffect(() => {
    const pos: Record<'w' | 'h' | 'd', DimensionLabelPosition> = {
      w: { x: 0, y: 0, visible: false },
      h: { x: 0, y: 0, visible: false },
      d: { x: 0, y: 0, visible: false },
    };
    const place = () => {
      if (!viewer.current?.projectLabels(pos)) return;
      for (const k of KEYS) {
        const el = refs.current[k];
        if (!el) continue;
        el.style.transform = `translate(${pos[k].x.toFixed(1)}px, ${pos[k].y.toFixed(1)}px) translate(-50%, -50%)`;
        el.style.visibility = pos[k].visible ? 'visible' : 'hidden';
      }
    };
    place();
    return subscribe(place);
  }, [viewer, subscribe]);

  const cm = { w: dimensions.w, h: dimensions.h, d: dimensions.d };
  return (
    <div className="viewer__dims" aria-label={t('product.dims', { w: formatCm(cm.w, locale), h: formatCm(cm.h, locale), d: formatCm(cm.d, locale) })} role="note">
      {KEYS.map((k) => (
        <span key={k} className="viewer__dim" ref={(el) => {
            refs.current[k] = el;
          }} aria-hidden="true" data-testid={`dim-${k}`}>
          {formatCm(cm[k], locale)} cm
        </span>
      ))}
    </div>
  );
}
