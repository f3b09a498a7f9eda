import type { StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { useT } from '../../../i18n/use-t';
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
  const num = (label: string, value: number, set: (v: number) => void, testId: string) => (
    <label style={{ display: 'block' }}>
      {label}{' '}
      <input type="number" step={0.1} value={Math.round(value * 100) / 100} onChange={(e) => set(Number(e.target.value))} data-testid={testId} style={{ width: '6em' }} />
    </label>
  );
  return (
    <div className="layout-panel" data-testid="layout-set-item-panel">
      <h3>{title}</h3>
      <p className="muted">{t('layout.setItemHelp')}</p>
      {num(t('layout.x'), item.x, (x) => onChange(moveSetItem(layout, set.id, item.id, x, item.z)), 'layout-item-x')}
      {num(t('layout.z'), item.z, (z) => onChange(moveSetItem(layout, set.id, item.id, item.x, z)), 'layout-item-z')}
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
