import { describe, expect, it } from 'vitest';
import layoutJson from '../../assets/store-layout/store-layout.json';
import { renameRoomSet } from './rename-room-set';
import { validateStoreLayout } from './validate-store-layout';
import type { StoreLayout } from './store-layout-schema';

const base = () => structuredClone(layoutJson) as unknown as StoreLayout;

describe('renaming a room set', () => {
  it('gives the set its new name in both languages, trimmed, and leaves the rest alone', () => {
    const before = base();
    const r = renameRoomSet(before, 'living-room', { fr: ' Le grand salon ', en: 'The large living room' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const set = r.layout.sets.find((s) => s.id === 'living-room')!;
    expect(set.name).toEqual({ fr: 'Le grand salon', en: 'The large living room' });
    expect(set.items).toBe(before.sets[0]!.items);
    expect(r.layout.sets[1]).toBe(before.sets[1]);
    expect(before.sets[0]!.name.fr).toBe('Le salon');
    expect(validateStoreLayout(r.layout).issues).toEqual([]);
  });

  it('changes nothing when the name is the same', () => {
    const l = base();
    const r = renameRoomSet(l, 'living-room', { fr: 'Le salon ', en: 'The living room' });
    expect(r).toEqual({ ok: true, layout: l });
    expect(r.ok && r.layout).toBe(l);
  });

  it('refuses a blank or overlong name, saying in which language, and a set that is not there', () => {
    expect(renameRoomSet(base(), 'living-room', { fr: 'Le salon', en: '  ' })).toEqual({ ok: false, problem: 'blank', locale: 'en' });
    expect(renameRoomSet(base(), 'living-room', { fr: 'x'.repeat(81), en: 'Living' })).toEqual({ ok: false, problem: 'too_long', locale: 'fr' });
    expect(renameRoomSet(base(), 'no-such-set', { fr: 'A', en: 'B' })).toEqual({ ok: false, problem: 'unknown_set' });
  });

  it("refuses another set's name in either language, whatever the case and spaces, and keeps the set's own", () => {
    expect(renameRoomSet(base(), 'living-room', { fr: ' la salle à MANGER', en: 'The lounge' })).toEqual({ ok: false, problem: 'taken', locale: 'fr' });
    expect(renameRoomSet(base(), 'living-room', { fr: 'Le salon bleu', en: 'the dining room ' })).toEqual({ ok: false, problem: 'taken', locale: 'en' });
    expect(renameRoomSet(base(), 'living-room', { fr: 'LE SALON', en: 'The living room' }).ok).toBe(true);
  });
});
