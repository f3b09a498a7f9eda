import { LOCALES } from '../i18n-locales';
import type { Locale, LocalizedText } from '../i18n-text';
import { roomSetNameProblem, setNamed, type RoomSetNameProblem } from './room-set-name';
import type { StoreLayout } from './store-layout-schema';

export type RenameRoomSetResult =
  | { ok: true; layout: StoreLayout }
  | { ok: false; problem: RoomSetNameProblem; locale: Locale }
  | { ok: false; problem: 'unknown_set' };

/**
 * Gives a room set a new name in both languages, trimmed; its id (what the plan, issues and
 * store views refer to) and its products stay. The same name gives back the same layout, so the
 * editor has nothing to save. A name another set already has, in either language, is refused.
 *
 * @example renameRoomSet(layout, 'living-room', { fr: 'Le grand salon', en: 'The large living room' }) // {ok: true, layout}
 */
export function renameRoomSet(layout: StoreLayout, setId: string, name: LocalizedText): RenameRoomSetResult {
  const set = layout.sets.find((s) => s.id === setId);
  if (!set) return { ok: false, problem: 'unknown_set' };
  for (const locale of LOCALES) {
    const problem = roomSetNameProblem(name[locale]) ?? (setNamed(layout, locale, name[locale], setId) ? 'taken' : null);
    if (problem) return { ok: false, problem, locale };
  }
  const next = { fr: name.fr.trim(), en: name.en.trim() };
  if (next.fr === set.name.fr && next.en === set.name.en) return { ok: true, layout };
  return { ok: true, layout: { ...layout, sets: layout.sets.map((s) => (s === set ? { ...s, name: next } : s)) } };
}
