import { describe, expect, it } from 'vitest';
import { CartLock } from './cart-lock';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('CartLock', () => {
  it('runs the work of one cart one at a time, in arrival order, and other carts alongside', async () => {
    const lock = new CartLock();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (cart: string, name: string) =>
      lock.run(cart, async () => {
        running++;
        most = Math.max(most, running);
        log.push(`${name}+`);
        await tick();
        log.push(`${name}-`);
        running--;
        return name;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1'), job('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    const a = log.filter((x) => x.startsWith('a'));
    expect(a).toEqual(['a1+', 'a1-', 'a2+', 'a2-', 'a3+', 'a3-']);
    expect(most).toBe(2); // b1 ran while an `a` job did
    await tick();
    expect(lock.size).toBe(0);
  });

  it('goes on after a failure, and hands the failure to its caller only', async () => {
    const lock = new CartLock();
    const failed = lock.run('a', async () => {
      throw new Error('boom');
    });
    const next = lock.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
