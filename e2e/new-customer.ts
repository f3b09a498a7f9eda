import { expect, type APIRequestContext } from '@playwright/test';
import { linkIn, mailTo } from './outbox-mail';

export interface NewCustomer {
  email: string;
  password: string;
  name: string;
}

let made = 0;

/**
 * A customer account of its own for one spec, made as a person makes one: sign-up, the
 * verification mail read from the outbox, the link followed. Specs that change a customer's cart
 * or orders use one, so no spec depends on what another left in a shared demo account.
 */
export async function newCustomer(request: APIRequestContext, name: string): Promise<NewCustomer> {
  made += 1;
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${Date.now().toString(36)}-${made}@example.org`;
  const password = 'une lampe pour le salon';
  const signUp = await request.post('/api/auth/sign-up', { data: { email, password, name, language: 'fr' } });
  expect(signUp.status()).toBe(202);
  const token = linkIn((await mailTo(request, email, 'verify-email')).text).split('#token=')[1];
  const verified = await request.post('/api/auth/verify-email', { data: { token } });
  expect(verified.status()).toBe(200);
  return { email, password, name };
}
