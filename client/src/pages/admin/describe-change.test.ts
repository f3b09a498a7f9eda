import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change';

describe('an audit entry made readable', () => {
  it('lists only the fields that changed, by dotted path', () => {
    expect(
      describeChange(
        { name: { fr: 'Oslo', en: 'Oslo' }, price: { amount: 100, currency: 'EUR' }, status: 'draft', tags: ['a'] },
        { name: { fr: 'Oslo', en: 'Oslo sofa' }, price: { amount: 120, currency: 'EUR' }, status: 'published', tags: ['a', 'b'] },
      ),
    ).toEqual([
      { path: 'name.en', before: 'Oslo', after: 'Oslo sofa' },
      { path: 'price.amount', before: '100', after: '120' },
      { path: 'status', before: 'draft', after: 'published' },
      { path: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it('shows a creation and a deletion as fields coming from or going to nothing', () => {
    expect(describeChange(null, { active: true })).toEqual([{ path: 'active', before: null, after: 'true' }]);
    expect(describeChange(null, 'plain')).toEqual([{ path: '·', before: null, after: 'plain' }]);
    expect(describeChange({ active: true }, undefined)).toEqual([{ path: 'active', before: 'true', after: null }]);
  });

  it('says nothing changed when nothing did', () => {
    expect(describeChange({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
