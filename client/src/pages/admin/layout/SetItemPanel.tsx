import type { StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { useT } from '../../../i18n/use-t';
import { MetreField } from './MetreField';
import { findSetItem, moveSetItem, removeSetItem, rotateSetItem, type SetItemRef } from './edit-room-set';

interface Props {
  layout: StoreLayout;
  selected: SetItemRef;
  title: string;
  onChange(next: StoreLayout): void;
  onRemoved(): void;
}

/** The selected room set product: where it stands, its turn, and taking it out of the set. */
export function SetItemPanel({ layout, selected, title, onChange, onRemoved }: Props) {
  const { t } = useT();
  const found = findSetItem(layout, selected);
  if (!found) return null;
  const { set, item } = found;
  return (
    <div className="layout-panel" data-testid="layout-set-item-panel">
      <h3>{title}</h3>
      <p className="muted">{t('layout.setItemHelp')}</p>
      <MetreField label={t('layout.x')} value={item.x} onValue={(x) => onChange(moveSetItem(layout, set.id, item.id, x, item.z))} testId="layout-item-x" />
      <MetreField label={t('layout.z')} value={item.z} onValue={(z) => onChange(moveSetItem(layout, set.id, item.id, item.x, z))} testId="layout-item-z" />
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" onClick={() => onChange(rotateSetItem(layout, set.id, item.id))}>
          {t('layout.rotate')}
        </button>
        <button
          type="button"
          onClick={() => {
            onChange(removeSetItem(layout, set.id, item.id));
            onRemoved();
          }}
        >
          {t('layout.remove')}
        </button>
      </p>
    </div>
  );
}
