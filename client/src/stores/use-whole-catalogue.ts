import { useMemo } from 'react';
import type { Product } from '../../../shared/catalogue/product';
import { catalogueStore, listKey } from './catalogue-store';
import { useCatalogue } from './use-catalogue';

/**
 * Every product on sale once loaded (`loadList()`), null before; a new array only when the list
 * itself is fetched again (the merchant changed products), so 3D views rebuild only then.
 *
 * @example const products = useWholeCatalogue();
 */
export function useWholeCatalogue(): Product[] | null {
  const ids = useCatalogue((s) => s.lists[listKey()]);
  return useMemo(() => {
    if (!ids) return null;
    const { products } = catalogueStore.getState();
    return ids.map((id) => products[id]).filter((p): p is Product => !!p);
  }, [ids]);
}
