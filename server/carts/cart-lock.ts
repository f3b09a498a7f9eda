/**
 * Commands on one cart run one at a time in this process: concurrent changes to the same cart
 * (two devices, a double tap, an advisor and the customer) queue here instead of racing to the
 * database and retrying on version conflicts, which under load wasted most of the work. Other
 * processes still race, and the versioned save settles those.
 */
export class CartLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** @example await locks.run(cartId, () => runOnce()) */
  run<T>(cartId: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(cartId) ?? Promise.resolve();
    const mine = before.then(work, work);
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(cartId, tail);
    void tail.then(() => {
      if (this.tails.get(cartId) === tail) this.tails.delete(cartId);
    });
    return mine;
  }

  /** Carts with commands running or waiting, for tests. */
  get size(): number {
    return this.tails.size;
  }
}
