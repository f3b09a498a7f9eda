/** A JSON value kept on this device (localStorage), or `fallback` when absent or unreadable. */
export function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
/** Keeps a JSON value on this device; `null` forgets it. Storage full or private mode: silently kept in memory only by the caller. */
export function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or private mode: the queue lives in memory for this tab */
  }
}
