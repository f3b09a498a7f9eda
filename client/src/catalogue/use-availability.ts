import { useEffect, useState, type RefObject } from 'react';
import { catalogueStore, type AvailabilityEntry } from '../stores/catalogue-store';
import { useCatalogue } from '../stores/use-catalogue';

/**
 * Stock per location for one product, read when the element scrolls into view (or at once without
 * a ref) and again every `refreshMs` while it stays mounted and the tab is visible.
 *
 * @example const availability = useAvailability(product.id, { refreshMs: 15_000 })
 */
export function useAvailability(productId: string | undefined, opts: { refreshMs?: number; whenVisible?: RefObject<Element | null> } = {}): AvailabilityEntry | undefined {
  const entry = useCatalogue((s) => (productId ? s.availability[productId] : undefined));
  const [visible, setVisible] = useState(!opts.whenVisible);
  const target = opts.whenVisible;

  useEffect(() => {
    const el = target?.current;
    if (!el || typeof IntersectionObserver !== 'function') {
      setVisible(true);
      return;
    }
    const io = new IntersectionObserver(([e]) => {
      if (e?.isIntersecting) {
        setVisible(true);
        io.disconnect();
      }
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, [target]);

  useEffect(() => {
    if (!productId || !visible) return;
    const read = (maxAge: number) => void catalogueStore.getState().loadAvailability(productId, maxAge).catch(() => undefined);
    read(10_000);
    if (!opts.refreshMs) return;
    const every = opts.refreshMs;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') read(every / 2);
    }, every);
    const onFocus = () => read(2_000);
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [productId, visible, opts.refreshMs]);

  return entry;
}
