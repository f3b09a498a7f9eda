/**
 * A small, stable surface for end-to-end tests and the benchmark (`window.__storeTest`), next
 * to the contract's `window.__r3f` and `window.__xrStore`: where things are on screen, what is
 * selected, how many draw calls. Components register what they know; nothing reads it in-app.
 */
type Hook = (...args: never[]) => unknown;
const hooks: Record<string, Hook> = {};

/** @example useEffect(() => registerStoreTestHook('nav', () => state), []) */
export function registerStoreTestHook(name: string, fn: Hook): () => void {
  hooks[name] = fn;
  (window as unknown as { __storeTest?: Record<string, Hook> }).__storeTest = hooks;
  return () => {
    if (hooks[name] === fn) delete hooks[name];
  };
}
