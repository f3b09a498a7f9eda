import { describe, expect, it } from 'vitest';
import layoutJson from '../../assets/store-layout/store-layout.json';
import { ROOM_SET_NAME_MAX, roomSetNameIssues, roomSetNameProblem } from './room-set-name';
import type { StoreLayout } from './store-layout-schema';

const base = () => structuredClone(layoutJson) as unknown as StoreLayout;

describe('a room set’s name', () => {
  it('is good with some words in it, up to the length the editor allows', () => {
    expect(roomSetNameProblem('La chambre')).toBeNull();
    expect(roomSetNameProblem('x'.repeat(ROOM_SET_NAME_MAX))).toBeNull();
  });

  it('is missing when blank, spaces included, and too long past the limit', () => {
    expect(roomSetNameProblem('')).toBe('blank');
    expect(roomSetNameProblem('  \t ')).toBe('blank');
    expect(roomSetNameProblem('x'.repeat(ROOM_SET_NAME_MAX + 1))).toBe('too_long');
  });

  it('refuses a layout naming the set and the language at fault', () => {
    const l = base();
    l.sets[1]!.name = { fr: '   ', en: 'y'.repeat(ROOM_SET_NAME_MAX + 1) };
    expect(roomSetNameIssues(l)).toEqual([
      expect.objectContaining({ code: 'invalid_name', fixtureId: 'dining-room', path: 'sets.1.name.fr', message: expect.stringMatching(/French/) }),
      expect.objectContaining({ code: 'invalid_name', fixtureId: 'dining-room', path: 'sets.1.name.en', message: expect.stringMatching(/English.*80/) }),
    ]);
    expect(roomSetNameIssues(base())).toEqual([]);
  });

  it('refuses a layout where a set goes by another set’s name, naming both and the language', () => {
    const l = base();
    l.sets[1]!.name = { fr: 'Le Salon ', en: 'The dining room' };
    expect(roomSetNameIssues(l)).toEqual([
      expect.objectContaining({ code: 'invalid_name', fixtureId: 'dining-room', path: 'sets.1.name.fr', message: expect.stringMatching(/same French name as room set "living-room"/) }),
    ]);
  });
});
