/** What makes a room set's name good; zod-free (see shared/money-math.ts): the editor imports it. */
import { LOCALES } from '../i18n-locales';
import type { Locale } from '../i18n-text';
import type { LayoutIssue } from './layout-issue';
import type { StoreLayout } from './store-layout-schema';

/** Long enough for "La salle à manger de campagne"; short enough for a sign and the editor's list. */
export const ROOM_SET_NAME_MAX = 80;

export type RoomSetNameProblem = 'blank' | 'too_long' | 'taken';

const LANGUAGE = { fr: 'French', en: 'English' } as const;

/**
 * What is wrong with a room set's name in one language, or null: spaces alone name nothing.
 *
 * @example roomSetNameProblem('  ') // 'blank'
 */
export function roomSetNameProblem(text: string): RoomSetNameProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  return trimmed.length > ROOM_SET_NAME_MAX ? 'too_long' : null;
}

/** Names compare as a shopper reads them on the sign: spaces around and letter case do not count. */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The other room set of the layout that already goes by `text` in `locale`, if any: two sets of
 * one store under one name would be two rooms a shopper cannot tell apart on the plan or the signs.
 *
 * @example setNamed(layout, 'fr', 'le salon', 'dining-room') // 'living-room'
 */
export function setNamed(layout: StoreLayout, locale: Locale, text: string, exceptSetId?: string): string | undefined {
  return layout.sets.find((s) => s.id !== exceptSetId && sameName(s.name[locale], text))?.id;
}

/**
 * The room sets of a layout whose name is blank, too long or another set's in some language, each
 * issue naming the set and the language, so a saved plan never shows a set without a readable,
 * distinct name.
 *
 * @example roomSetNameIssues(layout) // [{code: 'invalid_name', fixtureId: 'living-room', path: 'sets.0.name.en', ...}]
 */
export function roomSetNameIssues(layout: StoreLayout): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  layout.sets.forEach((set, i) => {
    for (const locale of LOCALES) {
      const problem = roomSetNameProblem(set.name[locale]);
      const twin = problem ? undefined : setNamed({ ...layout, sets: layout.sets.slice(0, i) }, locale, set.name[locale]);
      if (twin) {
        issues.push({ code: 'invalid_name', fixtureId: set.id, path: `sets.${i}.name.${locale}`, message: `room set "${set.id}" has the same ${LANGUAGE[locale]} name as room set "${twin}"` });
        continue;
      }
      if (!problem) continue;
      const message = problem === 'blank'
        ? `room set "${set.id}" needs a name in ${LANGUAGE[locale]}`
        : `the ${LANGUAGE[locale]} name of room set "${set.id}" is longer than ${ROOM_SET_NAME_MAX} characters`;
      issues.push({ code: 'invalid_name', fixtureId: set.id, path: `sets.${i}.name.${locale}`, message });
    }
  });
  return issues;
}
