import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { arSceneStore } from './ar-scene-store';
import type { Catalogue } from './ar-catalogue';
import { ArItemPanel } from './ArItemPanel';
import { ArProductStrip } from './ArProductStrip';

/**
 * The DOM overlay shown over the camera during AR: what to do next, the chosen product with its
 * price, stock and add-to-cart, the selected item's actions and the list of other products.
 */
export function ArOverlay({ catalogue, onExit }: { catalogue: Catalogue; onExit(): void }) {
  const { t, tn, locale } = useT();
  const surfaceFound = useStore(arSceneStore, (s) => s.surfaceFound);
  const count = useStore(arSceneStore, (s) => s.items.length);
  const nextId = useStore(arSceneStore, (s) => s.nextProductId);
  const selectedUid = useStore(arSceneStore, (s) => s.selectedUid);
  const next = catalogue.byId(nextId);

  return (
    <div className="ar-ui" data-testid="ar-overlay">
      <div className="ar-ui__top">
        <button type="button" className="ar-chip" onClick={onExit} data-testid="ar-exit">
          ✕ {t('ar.exit')}
        </button>
        {count > 0 && <span className="ar-chip ar-chip--muted">{tn('ar.placed', count)}</span>}
      </div>
      {!selectedUid && next && (
        <p className={surfaceFound ? 'ar-ui__prompt ar-ui__prompt--ready' : 'ar-ui__prompt'} role="status" aria-live="polite" data-testid="ar-prompt" data-surface={surfaceFound}>
          {surfaceFound ? t('ar.tapToPlace', { name: next.name[locale] }) : next.placement === 'wall' ? t('ar.scanWall') : t('ar.scan')}
        </p>
      )}
      <div className="ar-ui__bottom">
        <ArItemPanel catalogue={catalogue} />
        <ArProductStrip catalogue={catalogue} />
      </div>
    </div>
  );
}
