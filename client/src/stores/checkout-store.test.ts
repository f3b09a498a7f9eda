import { describe, expect, it, vi } from 'vitest';
import type { Cart } from '../../../shared/cart/cart';

const v1 = { id: 'cart-1', version: 1, status: 'active', lines: [] } as unknown as Cart;
const v2 = { ...v1, version: 2 } as Cart;
let answerCommands: (c: Cart) => void = () => undefined;
const commands = vi.fn(() => new Promise<Cart>((resolve) => (answerCommands = resolve)));
const checkout = vi.fn(async (cartId: string, _method: string, _key: string, version?: number) => ({ id: 'order-1', cartId, version }));
vi.mock('../api/cart-api', () => ({ cartApi: { active: async () => v1, commands, checkout } }));
vi.mock('./cart-stream', () => ({ openCartStream: (cartId: string) => ({ cartId, close() {} }) }));

const { cartStore } = await import('./cart-store');
const { checkoutStore } = await import('./checkout-store');

describe('paying right after a change', () => {
  it('waits for the change in flight and pays for the cart it made', async () => {
    cartStore.setState({ cart: v1, status: 'ready' });
    const change = cartStore.getState().send([{ type: 'setQty', lineId: 'l1', qty: 2 }]);
    await vi.waitFor(() => expect(commands).toHaveBeenCalledTimes(1));
    const paid = checkoutStore.getState().pay('card');
    await new Promise((r) => setTimeout(r, 20));
    expect(checkoutStore.getState().status).toBe('paying');
    expect(checkout).not.toHaveBeenCalled();
    answerCommands(v2);
    await change;
    await expect(paid).resolves.toMatchObject({ id: 'order-1' });
    expect(checkout).toHaveBeenCalledTimes(1);
    expect(checkout.mock.calls[0]?.[3]).toBe(2);
  });

  it('does not start a second payment while the first waits', async () => {
    checkoutStore.getState().reset();
    checkout.mockClear();
    cartStore.setState({ cart: v2, status: 'ready' });
    const change = cartStore.getState().send([{ type: 'setQty', lineId: 'l1', qty: 3 }]);
    const first = checkoutStore.getState().pay('card');
    await expect(checkoutStore.getState().pay('card')).resolves.toBeNull();
    answerCommands({ ...v2, version: 3 } as Cart);
    await change;
    await first;
    expect(checkout).toHaveBeenCalledTimes(1);
  });
});

describe('a change the network never answers', () => {
  it('holds the payment back for a bounded time only', async () => {
    vi.useFakeTimers();
    try {
      checkoutStore.getState().reset();
      checkout.mockClear();
      cartStore.setState({ cart: v2, status: 'ready', pending: 0 });
      void cartStore.getState().send([{ type: 'setQty', lineId: 'l1', qty: 4 }]);
      const paid = checkoutStore.getState().pay('card');
      await vi.advanceTimersByTimeAsync(14_000);
      expect(checkout).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2_000);
      await paid;
      expect(checkout).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
