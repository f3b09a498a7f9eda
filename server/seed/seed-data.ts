import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ProductSchema } from '../../shared/catalogue/product';
import { LocationSchema } from '../../shared/catalogue/location';
import { PromotionSchema } from '../../shared/pricing/promotion';
import { RoleSchema } from '../../shared/auth/role';
import { APP_ROOT } from '../app/app-root';

const seedDir = path.join(APP_ROOT, 'assets/seed');

const StockSeedSchema = z.array(z.object({ productId: z.string(), locationId: z.string(), onHand: z.number().int().min(0) }));
const UserSeedSchema = z.array(z.object({
  id: z.string(), email: z.string(), name: z.string(), role: RoleSchema, storeId: z.string().optional(),
}));

function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return schema.parse(JSON.parse(fs.readFileSync(path.join(seedDir, file), 'utf8')));
}

/** The demo password of every seeded account; listed in the README. */
export const DEMO_PASSWORD = 'vitrine';

/** The demo catalogue, stores, stock, promotions and accounts from `assets/seed`, validated. */
export function loadSeedData() {
  return {
    products: read('catalogue.json', z.array(ProductSchema)),
    locations: read('locations.json', z.array(LocationSchema)),
    stock: read('stock.json', StockSeedSchema),
    promotions: read('promotions.json', z.array(PromotionSchema)),
    users: read('users.json', UserSeedSchema),
  };
}
export type SeedData = ReturnType<typeof loadSeedData>;
