import { describe, expect, it } from 'vitest';
import { fillMessage, loadLocale, localize, pluralForm, translate, type TextTable } from './translate';
import { fr } from './fr';
import { en } from './en';
import { adminFr } from './admin.fr';
import { adminEn } from './admin.en';
import { layoutEditorFr } from './layout-editor.fr';
import { layoutEditorEn } from './layout-editor.en';
import { staffScreensFr } from './staff-screens.fr';
import { staffScreensEn } from './staff-screens.en';
import { timelineFr } from './timeline.fr';
import { timelineEn } from './timeline.en';

const FR: Record<string, string> = { ...fr, ...adminFr, ...layoutEditorFr, ...staffScreensFr, ...timelineFr };
const EN: Record<string, string> = { ...en, ...adminEn, ...layoutEditorEn, ...staffScreensEn, ...timelineEn };

const TABLE = {
  people: { fr: { one: '{n} personne', other: '{n} personnes' }, en: { one: '{n} person', other: '{n} people' } },
  hello: { fr: 'Bonjour {name}', en: 'Hello {name}' },
} satisfies TextTable;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translate', () => {
  it('leaves a placeholder without a value visible', () => {
    expect(fillMessage('Allée {n} à {store}', { n: 4 })).toBe('Allée 4 à {store}');
  });

  it('counts as French and English do: zero is singular in French only', () => {
    expect([pluralForm('fr', 0), pluralForm('fr', 1), pluralForm('fr', 2)]).toEqual(['one', 'one', 'other']);
    expect([pluralForm('en', 0), pluralForm('en', 1), pluralForm('en', 2)]).toEqual(['other', 'one', 'other']);
  });

  it("keeps the back office's words and English out of the page until their chunks add them", async () => {
    expect(translate('en', 'admin.title')).toBe('admin.title');
    await import('./back-office-text');
    expect(translate('en', 'app.retry')).toBe(fr['app.retry']);
    await loadLocale('en');
    expect(translate('en', 'app.retry')).toBe(en['app.retry']);
    expect(translate('en', 'admin.title')).toBe(adminEn['admin.title']);
    expect(translate('fr', 'layout.title')).toBe(layoutEditorFr['layout.title']);
  });

  it('reads a table the way it reads the dictionaries', () => {
    expect(localize(TABLE, 'fr', 'people', { n: 0 })).toBe('0 personne');
    expect(localize(TABLE, 'en', 'people', { n: 0 })).toBe('0 people');
    expect(localize(TABLE, 'en', 'hello', { name: 'Inès' })).toBe('Hello Inès');
  });

  it('gives every message the same placeholders in both languages', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(FR).sort());
    const differing = Object.keys(FR).filter((k) => placeholders(FR[k]!).join() !== placeholders(EN[k]!).join());
    expect(differing).toEqual([]);
  });

  it('writes no "(s)" plural: counted texts have one and other forms', () => {
    const lazy = Object.entries(FR).filter(([, v]) => /\w\(s\)/.test(v)).map(([k]) => k);
    const lazyEn = Object.entries(EN).filter(([, v]) => /\w\(s\)/.test(v)).map(([k]) => k);
    expect([...lazy, ...lazyEn]).toEqual([]);
  });
});
