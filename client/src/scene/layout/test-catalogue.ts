import catalogueJson from '../../../../assets/seed/catalogue.json';
import { ProductSchema, type Product } from '../../../../shared/catalogue/product';

/** The seeded catalogue, validated, for tests of the layout against real sizes. */
export const testCatalogue: Product[] = (catalogueJson as unknown[]).map((p) => ProductSchema.parse(p));
