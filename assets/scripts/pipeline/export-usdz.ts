import { Group, Mesh, type BufferGeometry, type MeshStandardMaterial, type Texture } from 'three';
import { USDZExporter } from 'three/examples/jsm/exporters/USDZExporter.js';
import type { Product } from '../../../shared/catalogue/product';
import { withCanvasShim } from './canvas-shim';
import { clearZipTimestamps } from './zip-timestamps';

/**
 * USDZ for AR Quick Look, from the same merged model as the GLB (metres, Y up). Wall items
 * anchor to vertical planes. Quick Look has no material variants: the file shows the default.
 *
 * @example writeFileSync('sofa.usdz', await exportUsdz(merged, product));
 */
export async function exportUsdz(model: Group, product: Product): Promise<Uint8Array> {
  const data = await withCanvasShim(() =>
    new USDZExporter().parseAsync(withStableIds(model), {
      quickLookCompatible: true,
      ar: {
        anchoring: { type: 'plane' },
        planeAnchoring: { alignment: product.placement === 'wall' ? 'vertical' : 'horizontal' },
      },
    }),
  );
  return clearZipTimestamps(new Uint8Array(data));
}

/**
 * The exporter names prims after three's global `id` counters, which depend on what was built
 * before in the process. Views with per-file ids keep the output identical whatever the order.
 */
function withStableIds(model: Group): Group {
  const out = new Group();
  out.name = model.name;
  const ids = { geometry: 0, material: 0, texture: 0 };
  const textures = new Map<Texture, Texture>();
  const stableTexture = (t: Texture | null): Texture | null => {
    if (!t) return null;
    if (!textures.has(t)) {
      const id = ids.texture++;
      const source = Object.create(t.source, { id: { value: id } });
      textures.set(t, Object.create(t, { id: { value: id }, source: { value: source } }));
    }
    return textures.get(t)!;
  };
  for (const child of model.children) {
    if (!(child instanceof Mesh)) continue;
    const m = child.material as MeshStandardMaterial;
    const geometry: BufferGeometry = Object.create(child.geometry, { id: { value: ids.geometry++ } });
    const n = ids.material++;
    const material: MeshStandardMaterial = Object.create(m, {
      id: { value: n },
      uuid: { value: `material-${n}` },
      map: { value: stableTexture(m.map) },
    });
    const mesh = new Mesh(geometry, material);
    mesh.name = child.name;
    out.add(mesh);
  }
  return out;
}
