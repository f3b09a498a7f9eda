import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { products } from '../db/schema/commerce';
import type { Product } from '../../shared/catalogue/product';
import { withoutMissingModels } from '../../shared/catalogue/product-model';
import { modelFileExists } from './model-file-exists';

/**
 * Every product as stored, drafts included (the back office reads the database, not this process's
 * copy), without the model paths whose file is not there: the merchant sees which products still
 * lack a model, and a save writes the product without the dead path.
 */
export async function readAllProducts(db: Pick<Db, 'select'>): Promise<Product[]> {
  return (await db.select({ data: products.data }).from(products)).map((r) => withoutMissingModels(r.data, modelFileExists));
}

/** One product as stored, drafts included, without the model paths whose file is not there. */
export async function readProduct(db: Pick<Db, 'select'>, id: string): Promise<Product | undefined> {
  const [row] = await db.select({ data: products.data }).from(products).where(eq(products.id, id)).limit(1);
  return row && withoutMissingModels(row.data, modelFileExists);
}
