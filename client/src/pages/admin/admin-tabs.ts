import type { Role } from '../../../../shared/auth/role';

export const ADMIN_TABS = ['products', 'promotions', 'import', 'models', 'stock', 'staff', 'audit', 'layout', 'outbox'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

/**
 * What a manager (one store) sees: the catalogue read-only, their store's stock, staff and layout.
 * Promotions are the whole shop's prices on every channel: admins only, as the server enforces.
 */
const MANAGER_TABS: readonly AdminTab[] = ['products', 'stock', 'staff', 'layout'];

/** @example tabsFor('manager') // ['products', 'stock', 'staff', 'layout'] */
export function tabsFor(role: Role | undefined): readonly AdminTab[] {
  return role === 'admin' ? ADMIN_TABS : role === 'manager' ? MANAGER_TABS : [];
}

/** The tab named in the address if this role may see it, else the first one it may. */
export function pickTab(role: Role | undefined, asked: string | null): AdminTab {
  const tabs = tabsFor(role);
  return tabs.includes(asked as AdminTab) ? (asked as AdminTab) : (tabs[0] ?? 'products');
}
