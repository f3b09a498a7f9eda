import type { Cart } from '../../shared/cart/cart';
import type { CartCommand } from '../../shared/cart/cart-command';
import type { Channel } from '../../shared/channel';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny HTTP client speaking the contract, as a channel's app would. */
/** A delivery address in Paris (in the Paris store's city, so express lines can be delivered there too). */
export const TEST_ADDRESS = { name: 'Camille Martin', line1: '12 rue de Turenne', postcode: '75004', city: 'Paris', country: 'FR' } as const;

export class TestClient {
  constructor(readonly baseUrl: string, public token?: string, public user?: { id: string; role: string; name?: string; storeId?: string }) {}

  static async guest(baseUrl: string): Promise<TestClient> {
    const c = new TestClient(baseUrl);
    const r = await c.post('/api/auth/guest');
    if (r.status !== 201) throw new Error(`guest session failed: ${r.status}`);
    c.token = r.body.token;
    c.user = r.body.user;
    return c;
  }

  static async login(baseUrl: string, email: string, password = 'vitrine'): Promise<TestClient> {
    const c = new TestClient(baseUrl);
    const r = await c.post('/api/auth/login', { email, password });
    if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
    c.token = r.body.token;
    c.user = r.body.user;
    return c;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: kept as text so the test can say what came back.
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }

  async cart(channel: Channel = 'web'): Promise<Cart> {
    const r = await this.post<Cart>('/api/carts', undefined, { 'x-channel': channel });
    if (r.status !== 200 && r.status !== 201) throw new Error(`cart: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  /** Commands are not typed as CartCommand so tests can send what a broken client would. */
  commands(cartId: string, commands: (CartCommand | Record<string, unknown>)[], opts: { expectedVersion?: number; channel?: Channel } = {}) {
    return this.post(`/api/carts/${cartId}/commands`, { commands, ...(opts.expectedVersion !== undefined ? { expectedVersion: opts.expectedVersion } : {}) }, { 'x-channel': opts.channel ?? 'web' });
  }

  /** The default body pays by card and gives a Paris address, which lines to ship need. */
  checkout(cartId: string, key: string, body: unknown = { payment: { method: 'card' }, shippingAddress: TEST_ADDRESS }, channel: Channel = 'web') {
    return this.post(`/api/carts/${cartId}/checkout`, body, { 'idempotency-key': key, 'x-channel': channel });
  }
}
