import { useEffect } from 'react';
import { catalogueStore } from '../../stores/catalogue-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { shortStoreName } from '../../catalogue/stock-summary';
import { useT } from '../../i18n/use-t';

/**
 * Product and store names for screens that show ids from other people's carts (timeline, till, desk):
 * loads the whole catalogue once and answers with the name in the current language, or the id.
 *
 * @example const { product, store } = useNames(); product('lamp-bulle') // "Lampe Bulle"
 */
export function useNames() {
  const { locale } = useT();
  const products = useCatalogue((s) => s.products);
  const locations = useCatalogue((s) => s.locations);
  useEffect(() => {
    const c = catalogueStore.getState();
    void c.loadList().catch(() => undefined);
    void c.loadLocations().catch(() => undefined);
  }, []);
  return {
    product: (id: string) => products[id]?.name[locale] ?? id,
    store: (id: string) => {
      const l = locations?.find((x) => x.id === id);
      return l ? shortStoreName(l) : id;
    },
  };
}
