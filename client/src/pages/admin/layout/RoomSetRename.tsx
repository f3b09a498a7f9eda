import { useState, type FormEvent } from 'react';
import type { RoomSet, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { renameRoomSet, type RenameRoomSetResult } from '../../../../../shared/store-layout/rename-room-set';
import { ROOM_SET_NAME_MAX, type RoomSetNameProblem } from '../../../../../shared/store-layout/room-set-name';
import type { Locale } from '../../../../../shared/i18n-text';
import type { MessageKey } from '../../../i18n/fr';
import { useT } from '../../../i18n/use-t';

type Refusal = Extract<RenameRoomSetResult, { ok: false }>;

// Keyed by every refusal there is: a new kind of refusal without its words does not compile.
const REFUSAL: Record<`${RoomSetNameProblem} ${Locale}` | 'unknown_set', MessageKey> = {
  'blank fr': 'layout.setNameBlankFr',
  'blank en': 'layout.setNameBlankEn',
  'too_long fr': 'layout.setNameLongFr',
  'too_long en': 'layout.setNameLongEn',
  'taken fr': 'layout.setNameTakenFr',
  'taken en': 'layout.setNameTakenEn',
  unknown_set: 'layout.setGone',
};
const refusalKey = (r: Refusal): MessageKey => REFUSAL[r.problem === 'unknown_set' ? r.problem : (`${r.problem} ${r.locale}` as const)];

/**
 * A room set's "Rename" button, opening its names in both languages for editing in place. The new
 * name goes into the plan on screen, saved with the rest of the draft; the set keeps its id.
 */
export function RoomSetRename({ layout, set, onChange }: { layout: StoreLayout; set: RoomSet; onChange(next: StoreLayout): void }) {
  const { t, locale } = useT();
  const [editing, setEditing] = useState(false);
  const [fr, setFr] = useState('');
  const [en, setEn] = useState('');
  const [refusal, setRefusal] = useState('');

  if (!editing) {
    return (
      <button
        type="button"
        aria-label={t('layout.setRenameOf', { name: set.name[locale] })}
        data-testid="layout-set-rename"
        onClick={() => {
          setFr(set.name.fr);
          setEn(set.name.en);
          setRefusal('');
          setEditing(true);
        }}
      >
        {t('layout.setRename')}
      </button>
    );
  }

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const done = renameRoomSet(layout, set.id, { fr, en });
    if (!done.ok) {
      setRefusal(t(refusalKey(done), { max: ROOM_SET_NAME_MAX }));
      return;
    }
    if (done.layout !== layout) onChange(done.layout);
    setEditing(false);
  };
  return (
    <form onSubmit={apply} style={{ display: 'grid', gap: '0.25rem' }} data-testid="layout-set-rename-form">
      <label>
        {t('layout.setRenameFr')} <input value={fr} onChange={(e) => setFr(e.target.value)} required maxLength={ROOM_SET_NAME_MAX} lang="fr" data-testid="layout-set-rename-fr" />
      </label>
      <label>
        {t('layout.setRenameEn')} <input value={en} onChange={(e) => setEn(e.target.value)} required maxLength={ROOM_SET_NAME_MAX} lang="en" data-testid="layout-set-rename-en" />
      </label>
      {refusal && <p role="alert">{refusal}</p>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem' }}>
        <button type="submit">{t('layout.setRenameSave')}</button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('layout.setRenameCancel')}
        </button>
      </div>
    </form>
  );
}
