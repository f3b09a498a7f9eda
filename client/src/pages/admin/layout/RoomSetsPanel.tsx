import { useState, type FormEvent } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import type { StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { ROOM_SET_NAME_MAX } from '../../../../../shared/store-layout/room-set-name';
import { useT } from '../../../i18n/use-t';
import { ProductOptions } from './ProductOptions';
import { RoomSetRename } from './RoomSetRename';
import { addRoomSet, addSetItem, removeRoomSet, removeSetItem, type SetItemRef } from './edit-room-set';

interface Props {
  layout: StoreLayout;
  products: Product[];
  selected: SetItemRef | null;
  /** Refused sets and items (`setId/itemId`). */
  faulty: ReadonlySet<string>;
  onChange(next: StoreLayout): void;
  onSelect(ref: SetItemRef | null): void;
}

/**
 * The layout's room sets: created with a name in both languages, renamed, dressed with products
 * from the catalogue (a new product appears where the set already is, or near the entrance, and is
 * then placed on the plan), and deleted.
 */
export function RoomSetsPanel({ layout, products, selected, faulty, onChange, onSelect }: Props) {
  const { t, locale } = useT();
  const [fr, setFr] = useState('');
  const [en, setEn] = useState('');
  const name = (id: string) => products.find((p) => p.id === id)?.name[locale] ?? id;

  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!fr.trim() || !en.trim()) return;
    onChange(addRoomSet(layout, { fr, en }).layout);
    setFr('');
    setEn('');
  };
  const add = (setId: string, productId: string) => {
    const set = layout.sets.find((s) => s.id === setId);
    const last = set?.items.at(-1);
    const at = last ? { x: last.x + 0.5, z: last.z } : { x: layout.spawn.x, z: layout.spawn.z - 6 };
    const added = addSetItem(layout, setId, productId, at.x, at.z);
    onChange(added.layout);
    onSelect({ setId, itemId: added.itemId });
  };

  return (
    <section aria-labelledby="layout-sets" data-testid="layout-sets">
      <h3 id="layout-sets">{t('layout.sets')}</h3>
      {layout.sets.length === 0 && <p>{t('layout.setsNone')}</p>}
      {layout.sets.map((set) => (
        <details key={set.id} open={selected?.setId === set.id || set.items.length === 0} data-set={set.id} style={{ marginBottom: '0.5rem' }}>
          <summary style={faulty.has(set.id) ? { color: '#b3261e' } : undefined}>
            {set.name[locale]} ({set.items.length})
          </summary>
          <RoomSetRename key={set.id} layout={layout} set={set} onChange={onChange} />
          {set.items.length === 0 && <p>{t('layout.setEmpty')}</p>}
          <ul style={{ paddingLeft: '1rem' }}>
            {set.items.map((it) => {
              const isSelected = selected?.setId === set.id && selected.itemId === it.id;
              return (
                <li key={it.id}>
                  <button type="button" className="link" aria-pressed={isSelected} onClick={() => onSelect({ setId: set.id, itemId: it.id })}>
                    {name(it.productId)}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('layout.setItemRemove', { name: name(it.productId) })}
                    onClick={() => {
                      onChange(removeSetItem(layout, set.id, it.id));
                      if (isSelected) onSelect(null);
                    }}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <label style={{ display: 'block' }}>
            {t('layout.setAddProduct')}{' '}
            <select value="" onChange={(e) => e.target.value && add(set.id, e.target.value)} data-testid="layout-set-add" style={{ maxWidth: '100%' }}>
              <ProductOptions products={products} locale={locale} />
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              onChange(removeRoomSet(layout, set.id));
              if (selected?.setId === set.id) onSelect(null);
            }}
          >
            {t('layout.setRemove')}
          </button>
        </details>
      ))}
      <form onSubmit={create} aria-labelledby="layout-set-new" style={{ display: 'grid', gap: '0.25rem' }}>
        <h4 id="layout-set-new" style={{ margin: 0 }}>
          {t('layout.setNew')}
        </h4>
        <label>
          {t('layout.setNameFr')} <input value={fr} onChange={(e) => setFr(e.target.value)} required maxLength={ROOM_SET_NAME_MAX} lang="fr" data-testid="layout-set-name-fr" />
        </label>
        <label>
          {t('layout.setNameEn')} <input value={en} onChange={(e) => setEn(e.target.value)} required maxLength={ROOM_SET_NAME_MAX} lang="en" data-testid="layout-set-name-en" />
        </label>
        <button type="submit" style={{ justifySelf: 'start' }}>
          {t('layout.setCreate')}
        </button>
      </form>
    </section>
  );
}
