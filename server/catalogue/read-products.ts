import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { products } from '../db/schema/commerce';
import type { Product } from '../../shared/catalogue/product';

/** Every product as stored, drafts included (the back office reads the database, not this process's copy). */
export async function readAllProducts(db: Pick<Db, 'select'>): Promise<Product[]> {
  return (await db.select({ data: products.data }).from(products)).map((r) => r.data);
}

/** One product as stored, drafts included. */
export async function readProduct(db: Pick<Db, 'select'>, id: string): Promise<Product | undefined> {
  const [row] = await db.select({ data: products.data }).from(products).where(eq(products.id, id)).limit(1);
  return row?.data;
}
