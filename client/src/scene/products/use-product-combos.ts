import { useEffect, useState } from 'react';
import type { Product } from '../../../../shared/catalogue/product';
import { loadProductModel } from '../models/load-product-model';
import { placeholderModel } from '../models/placeholder-model';
import type { ProductModel } from '../models/product-model';
import type { StoreWorld } from '../store-world';
import { applyStoreEnvironment } from '../store-environment';
import { comboGeometries } from './combo-geometries';
import { facedModels } from './faced-models';
import type { Combo } from './product-batches';

export interface ComboSet {
  combos: Combo[];
  /** Combo index of each placed item. */
  comboOf: number[];
  /** By model key (faced-models.ts): a product's model, or a variant's own. */
  models: ReadonlyMap<string, ProductModel>;
  /** Model key of each placed item. */
  modelKeyOf: readonly string[];
  /** True once every GLB has loaded (or fallen back to its placeholder). */
  final: boolean;
}

/**
 * The distinct product + variant pairs on display, with their geometry: first true-size boxes
 * (immediately), then the real models once every GLB has loaded, each loaded once however many
 * times it stands in the store. A variant with a model of its own stands in that model.
 *
 * @example const set = useProductCombos(world) // null until the first build
 */
export function useProductCombos(world: StoreWorld): ComboSet | null {
  const [set, setSet] = useState<ComboSet | null>(null);
  useEffect(() => {
    let alive = true;
    const { models: faced, keyOf } = facedModels(world.items, world.productById);
    const boxes = new Map<Product, ProductModel>();
    const boxOf = (p: Product) => boxes.get(p) ?? boxes.set(p, placeholderModel(p)).get(p)!;
    const placeholders = new Map(faced.map((m) => [m.key, boxOf(m.product)]));
    void build(world, keyOf, placeholders, false).then((s) => alive && setSet((cur) => (cur?.final ? cur : s)));
    void Promise.all(faced.map(async (m) => [m.key, await loadProductModel(m.product, m.glb)] as const))
      .then((models) => build(world, keyOf, new Map(models), true))
      .then((s) => alive && setSet(s))
      // A model that breaks the batch build keeps the store on its placeholders rather than empty.
      .catch((e: unknown) => console.warn('store: product models could not be prepared, showing placeholders', e));
    return () => {
      alive = false;
    };
  }, [world]);
  // The models' own materials (product in hand, naive mode) get the environment too.
  useEffect(() => {
    if (!set) return;
    const materials = [...new Set(set.models.values())].flatMap((m) => [...m.parts.map((p) => p.material), ...[...m.variants.values()].flatMap((v) => [...v.values()])]);
    return applyStoreEnvironment(materials);
  }, [set]);
  return set;
}

async function build(world: StoreWorld, modelKeyOf: readonly string[], models: Map<string, ProductModel>, final: boolean): Promise<ComboSet> {
  const index = new Map<string, number>();
  const combos: Combo[] = [];
  const comboOf: number[] = [];
  const pending: Array<Promise<void>> = [];
  world.items.forEach((it, i) => {
    const key = `${it.productId}|${it.variantId ?? ''}`;
    let ci = index.get(key);
    if (ci === undefined) {
      ci = combos.length;
      index.set(key, ci);
      const combo: Combo = { key, lods: [] };
      combos.push(combo);
      const model = models.get(modelKeyOf[i]!)!;
      pending.push(comboGeometries(model, it.variantId).then((lods) => {
        combo.lods = lods;
      }));
    }
    comboOf.push(ci);
  });
  await Promise.all(pending);
  return { combos, comboOf, models, modelKeyOf, final };
}
