import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cart } from '../../../shared/cart/cart';

const cart = { id: 'cart-1', version: 1, status: 'active', lines: [] } as unknown as Cart;
const active = vi.fn(async () => cart);
vi.mock('../api/cart-api', () => ({ cartApi: { active: () => active() } }));
vi.mock('./cart-stream', () => ({ openCartStream: (cartId: string) => ({ cartId, close() {} }) }));

const { cartStore, followCustomerCart } = await import('./cart-store');
const { sessionStore } = await import('./session-store');

/** Switches this device to another identity, as a sign-in, sign-out or device link does. */
function becomes(role: 'customer' | 'advisor' | 'clerk', id = `${role}-1`) {
  const s = sessionStore.getState();
  sessionStore.setState({ token: `token-${id}`, user: { id, role } as never, status: 'ready', generation: s.generation + 1 });
}

describe('the shell cart follows customer sessions only', () => {
  beforeEach(() => active.mockClear());

  it('loads nothing for staff (no POST /api/carts from /advisor, /pos or /dashboard)', async () => {
    becomes('advisor');
    expect(await followCustomerCart()).toBeNull();
    expect(active).not.toHaveBeenCalled();
    expect(cartStore.getState()).toMatchObject({ cart: null, status: 'idle' });
  });

  it('loads the cart once the same device continues as a customer (sign-out to a guest)', async () => {
    becomes('customer', 'guest-1');
    await vi.waitFor(() => expect(cartStore.getState()).toMatchObject({ status: 'ready', cart: { id: 'cart-1' } }));
    expect(active).toHaveBeenCalledTimes(1);
  });

  it('drops the customer cart when staff sign in on the device', async () => {
    becomes('clerk');
    expect(cartStore.getState()).toMatchObject({ cart: null, status: 'idle', live: 'off' });
    await new Promise((r) => setTimeout(r, 10));
    expect(active).not.toHaveBeenCalled();
  });

  it('gives a customer their cart at start', async () => {
    becomes('customer', 'camille');
    await expect(followCustomerCart()).resolves.toMatchObject({ id: 'cart-1' });
    expect(cartStore.getState().status).toBe('ready');
  });
});

describe('a sign-in while the active cart is being fetched', () => {
  it('asks again, so the page follows the new identity\'s cart, not the previous one', async () => {
    becomes('customer', 'guest-9');
    await vi.waitFor(() => expect(cartStore.getState().status).toBe('ready'));
    active.mockClear();
    const guestCart = { ...cart, id: 'guest-cart' } as Cart;
    const camilleCart = { ...cart, id: 'camille-cart' } as Cart;
    let answerGuest: (c: Cart) => void = () => undefined;
    active.mockImplementationOnce(() => new Promise<Cart>((r) => (answerGuest = r))).mockImplementationOnce(async () => camilleCart);
    const loading = cartStore.getState().refresh();
    await vi.waitFor(() => expect(active).toHaveBeenCalledTimes(1));
    becomes('customer', 'camille');
    answerGuest(guestCart);
    await expect(loading).resolves.toMatchObject({ id: 'camille-cart' });
    expect(active).toHaveBeenCalledTimes(2);
    expect(cartStore.getState().cart?.id).toBe('camille-cart');
  });
});
