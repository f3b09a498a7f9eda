import type { PlacedItem } from '../layout/placed-item';
import { partMaterial, type ProductModel } from '../models/product-model';

/** One product instance the straightforward way: a group and a mesh per model part. */
export function NaiveProduct({ item, model }: { item: PlacedItem; model: ProductModel }) {
  return (
    <group position={[item.x, item.y, item.z]} rotation-y={item.rotY}>
      {model.parts.map((part, i) => (
        <mesh key={i} geometry={part.geometry} material={partMaterial(model, part, item.variantId)} />
      ))}
    </group>
  );
}
