import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { arSceneStore } from './ar-scene-store';
import type { Catalogue } from './ar-catalogue';
import { placeableVariantId } from '../../../../shared/catalogue/variant-model';

/** A row of posters: tapping one makes it the next product to place (the sofa, then the coffee table). */
export function ArProductStrip({ catalogue }: { catalogue: Catalogue }) {
  const { t, locale } = useT();
  const nextId = useStore(arSceneStore, (s) => s.nextProductId);
  const selected = useStore(arSceneStore, (s) => s.selectedUid);
  return (
    <div className="ar-strip" role="listbox" aria-label={t('ar.addAnother')} data-testid="ar-strip">
      {catalogue.products.map((p) => (
        <button
          key={p.id}
          type="button"
          role="option"
          aria-selected={!selected && p.id === nextId}
          className="ar-strip__item"
          onClick={() => arSceneStore.getState().chooseNext(p.id, placeableVariantId(p))}
          data-testid={`ar-pick-${p.id}`}
          title={p.name[locale]}
        >
          <img src={p.thumbnail} alt={p.name[locale]} width={56} height={56} loading="lazy" />
        </button>
      ))}
    </div>
  );
}
