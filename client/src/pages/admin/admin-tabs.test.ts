import { describe, expect, it } from 'vitest';
import { pickTab, tabsFor } from './admin-tabs';

describe('back office tabs per role', () => {
  it('gives a manager only the catalogue, their stock, staff and layout', () => {
    expect(tabsFor('manager')).toEqual(['products', 'stock', 'staff', 'layout']);
    expect(pickTab('manager', 'audit')).toBe('products');
    expect(pickTab('manager', 'stock')).toBe('stock');
    expect(pickTab('manager', 'promotions')).toBe('products');
  });
  it('gives an admin every tab and nothing to other roles', () => {
    expect(pickTab('admin', 'audit')).toBe('audit');
    expect(pickTab('admin', 'promotions')).toBe('promotions');
    expect(tabsFor('admin')).toContain('promotions');
    expect(tabsFor('clerk')).toEqual([]);
    expect(tabsFor(undefined)).toEqual([]);
  });
});
