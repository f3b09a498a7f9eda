import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Product } from '../../shared/catalogue/product';
import { handleFrom, productFromInput, type ProductInput } from '../../shared/catalogue/product-input';
import { HttpError, notFound } from '../http/http-error';
import { readProduct } from './read-products';
import { saveProducts, type ProductAction } from './save-products';

/**
 * A new product from the back office; its id is the input's handle, or one made from the English name.
 *
 * @example const product = await createProduct(services, principal, input);
 */
export async function createProduct(s: Services, actor: Principal, input: ProductInput): Promise<Product> {
  const id = input.id ?? handleFrom(input.name.en);
  if (!id) throw new HttpError(422, 'invalid', 'id: give a handle, the English name makes none', { issues: [{ path: 'id', message: 'required' }] });
  if (await readProduct(s.database.db, id)) throw new HttpError(409, 'conflict', `a product "${id}" already exists`, { field: 'id' });
  return saveOne(s, actor, productFromInput(id, input), 'product.created');
}

/** Replaces a product's merchant-edited fields; its model and thumbnail stay. */
export async function updateProduct(s: Services, actor: Principal, id: string, input: ProductInput): Promise<Product> {
  const current = await readProduct(s.database.db, id);
  if (!current) throw notFound('product');
  return saveOne(s, actor, productFromInput(id, input, current), 'product.updated');
}

/** Puts a product on sale or takes it off (a draft is seen only in the back office). */
export async function setProductStatus(s: Services, actor: Principal, id: string, status: 'published' | 'draft'): Promise<Product> {
  const current = await readProduct(s.database.db, id);
  if (!current) throw notFound('product');
  return saveOne(s, actor, { ...current, status }, status === 'published' ? 'product.published' : 'product.unpublished');
}

async function saveOne(s: Services, actor: Principal, product: Product, action: ProductAction): Promise<Product> {
  const [saved] = (await saveProducts(s, actor, [product], action)).products;
  if (!saved) throw new Error(`saving product "${product.id}" answered no product`);
  return saved;
}
