import { createStore } from 'zustand/vanilla';
import type { Product } from '../../../../shared/catalogue/product';
import { fetchProductModel } from '../models/load-product-model';
import type { ProductModel } from '../models/product-model';
import { fileKey } from './faced-models';

export interface HeldModelsState {
  /** Models fetched for a product in hand because no shelf faces them, by model key (faced-models.ts). */
  models: Readonly<Record<string, ProductModel>>;
  /** Files asked for and not in `models`: still loading, or failed (not asked again this visit). */
  pending: Readonly<Record<string, 'loading' | 'failed'>>;
  /** The model key the place in hand `index` shows now: the shape kept while another loads. */
  shown: { index: number; key: string } | null;
  /** Fetches `glb` for `product` once (through the store's model cache); a failure is remembered, not thrown. */
  request(product: Product, glb: string): void;
  show(index: number, key: string): void;
  /** The place is put back: its next pick-up starts from its shelf shape. */
  forget(index: number): void;
}

/**
 * The variant models a shopper brings into the store by trying a swatch on the product in hand,
 * loaded lazily and kept for the visit; the shelves' own models stay in the combo set.
 *
 * @example heldModelsStore.getState().request(lamp, modelFor(lamp, 'laiton').glb)
 */
export const heldModelsStore = createStore<HeldModelsState>((set, get) => ({
  models: {},
  pending: {},
  shown: null,
  request(product, glb) {
    const key = fileKey(product.id, glb);
    if (get().models[key] || get().pending[key]) return;
    set({ pending: { ...get().pending, [key]: 'loading' } });
    fetchProductModel(product, glb).then(
      (model) => {
        const { [key]: _, ...pending } = get().pending;
        set({ models: { ...get().models, [key]: model }, pending });
      },
      (e: unknown) => {
        console.warn(`store: the model ${glb} could not be loaded; the product in hand keeps its shape`, e);
        set({ pending: { ...get().pending, [key]: 'failed' } });
      },
    );
  },
  show(index, key) {
    const s = get().shown;
    if (s?.index !== index || s.key !== key) set({ shown: { index, key } });
  },
  forget(index) {
    if (get().shown?.index === index) set({ shown: null });
  },
}));
