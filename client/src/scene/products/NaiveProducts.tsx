import type { StoreWorld } from '../store-world';
import { NaiveProduct } from './NaiveProduct';
import type { ComboSet } from './use-product-combos';

/**
 * The straightforward way, kept for `?naive=1` and the benchmark: one React component and one
 * mesh per part for every product instance, full detail, no batching. Same models, same places.
 */
export function NaiveProducts({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet }) {
  return (
    <group name="naive-products">
      {world.items.map((it) => (
        <NaiveProduct key={it.key} item={it} model={comboSet.models.get(comboSet.modelKeyOf[it.index]!)!} />
      ))}
    </group>
  );
}
