import { createStore } from 'zustand/vanilla';
import { adminApi, type AuditEntry, type AuditQuery } from '../../api/admin-api';
import { pagedList, type PagedList } from './paged-list';

/** The server's page size for the audit log (it does not take one). */
export const AUDIT_PAGE_SIZE = 50;

export type AuditState = PagedList<AuditQuery & { page: number }, AuditEntry>;

/**
 * The audit log, newest first, filtered by actor, action, target and dates (`from`/`to` as typed in
 * date fields: the whole `to` day is included).
 */
export const auditStore = createStore<AuditState>((set, get) => ({
  ...pagedList(set, get, (q) => adminApi.audit({ ...q, from: dayStart(q.from), to: dayEnd(q.to) })),
}));

/** `2026-05-01` (a date field) to the first instant of that local day, as ISO. */
export function dayStart(day?: string): string | undefined {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00`).toISOString() : day || undefined;
}

/** `2026-05-01` to the last millisecond of that local day, so "to" includes the day. */
export function dayEnd(day?: string): string | undefined {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T23:59:59.999`).toISOString() : day || undefined;
}
