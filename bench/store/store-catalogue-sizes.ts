/**
 * The walkable store against the size of the merchant's catalogue: the same store, the same
 * camera and the same number of shelf places, with 1,000 and then 10,000 products on sale, in
 * one server and one browser in the same run. What grows with the catalogue is what the page
 * loads and places; what is drawn per frame should not.
 *
 * Products get the seed's real models in turn (about thirty GLBs) at their own dimensions, as a
 * merchant's catalogue where most products share a handful of shapes in several sizes.
 */
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startTestServer } from '../../server/test-support/test-server';
import { saveProducts } from '../../server/catalogue/save-products';
import { loadSeedData } from '../../server/seed/seed-data';
import { generateProducts } from '../catalogue/generate-products';
import type { Product } from '../../shared/catalogue/product';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CatalogueStore {
  url: string;
  /** Puts products on sale until the catalogue holds `total` generated ones. */
  grow(total: number): Promise<void>;
  close(): Promise<void>;
}

/** A server (embedded database) serving the built client, whose catalogue the benchmark grows. */
export async function startCatalogueStore(): Promise<CatalogueStore> {
  if (!fs.existsSync(path.join(root, 'dist/index.html'))) throw new Error('build the client first (npm run build)');
  const t = await startTestServer('embedded', { config: { clientDir: path.join(root, 'dist') } });
  const signedIn = await t.login('admin@vitrine.demo');
  const admin = { userId: signedIn.user?.id ?? 'admin', role: 'admin' as const, guest: false };
  const seed = loadSeedData().products;
  const shapes = seed.filter((p) => p.model.glb);
  let have = 0;
  return {
    url: t.url,
    async grow(total) {
      const generated: Product[] = generateProducts(total).slice(have).map((p, i) => {
        const shape = shapes[(have + i) % shapes.length] ?? p;
        return { ...p, category: shape.category, placement: shape.placement, model: shape.model, thumbnail: shape.thumbnail };
      });
      for (let i = 0; i < generated.length; i += 1000) await saveProducts(t.server.services, admin, generated.slice(i, i + 1000), 'import');
      have = total;
    },
    close: () => t.close(),
  };
}
