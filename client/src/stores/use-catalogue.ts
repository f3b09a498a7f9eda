import { useStore } from 'zustand';
import { catalogueStore, type CatalogueState } from './catalogue-store';

/** @example const product = useCatalogue((s) => s.products[id]) */
export function useCatalogue<T>(selector: (s: CatalogueState) => T): T {
  return useStore(catalogueStore, selector);
}
