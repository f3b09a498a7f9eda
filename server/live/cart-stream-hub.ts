import type { Response } from 'express';
import type { Logger } from 'pino';
import type { Cart } from '../../shared/cart/cart';
import type { CartBus, CartChanged } from './cart-bus';
import { startEventStream } from './start-event-stream';

interface Stream {
  res: Response;
  lastVersion: number;
}

/** Comment lines keep proxies and browsers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

/** First wait before reading a cart again after a failed read; doubled each time, up to the cap. */
const RELOAD_RETRY_MS = 250;
const RELOAD_RETRY_CAP_MS = 5_000;

/**
 * Holds this process's open cart event streams and pushes each new cart version to them, once
 * per stream, in version order. A change made here is delivered at once; the bus brings changes
 * made by other processes (and echoes ours, which are then skipped by version).
 */
export class CartStreamHub {
  private readonly streams = new Map<string, Set<Stream>>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  /** Carts whose last read failed, waiting to be read again: cart id -> timer. */
  private readonly retrying = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    bus: CartBus,
    private readonly loadCart: (cartId: string) => Promise<Cart | undefined>,
    private readonly log: Logger,
    private readonly retryMs = RELOAD_RETRY_MS,
  ) {
    this.unsubscribe = bus.subscribe((c) => this.onChange(c));
    this.heartbeat = setInterval(() => {
      for (const set of this.streams.values()) for (const s of set) s.res.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get streamCount(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  /** Opens a stream; sends the current cart unless the client already has that version (Last-Event-ID). */
  open(res: Response, cart: Cart, lastEventId: number | undefined): void {
    startEventStream(res);
    const stream: Stream = { res, lastVersion: -1 };
    if (lastEventId === undefined || cart.version > lastEventId) this.send(stream, cart);
    else stream.lastVersion = lastEventId;
    const set = this.streams.get(cart.id) ?? new Set();
    set.add(stream);
    this.streams.set(cart.id, set);
    res.on('close', () => {
      set.delete(stream);
      if (!set.size) this.streams.delete(cart.id);
    });
  }

  /** A change committed by this process: push it without waiting for the bus. Serialised once for all the cart's streams. */
  deliver(cart: Cart): void {
    const streams = this.streams.get(cart.id);
    if (!streams?.size) return;
    const json = JSON.stringify(cart);
    for (const s of streams) this.send(s, cart, json);
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const timer of this.retrying.values()) clearTimeout(timer);
    this.retrying.clear();
    for (const set of this.streams.values()) for (const s of set) s.res.end();
    this.streams.clear();
  }

  private send(s: Stream, cart: Cart, json = JSON.stringify(cart)): void {
    if (cart.version <= s.lastVersion) return;
    s.lastVersion = cart.version;
    s.res.write(`event: cart\nid: ${cart.version}\ndata: ${json}\n\n`);
  }

  private onChange(change: CartChanged): void {
    if (change.cartId === '*') {
      for (const id of this.streams.keys()) this.refresh(id);
      return;
    }
    const set = this.streams.get(change.cartId);
    if (!set) return;
    if (change.cart) {
      this.deliver(change.cart);
      return;
    }
    if ([...set].every((s) => s.lastVersion >= change.version)) return;
    this.refresh(change.cartId);
  }

  /**
   * One read per cart per burst, however many streams and notifications: a change arriving during a
   * read asks for one more. A read that fails (the database is away: the very moment a resync after
   * a lost LISTEN connection is asked for) is tried again, waiting longer each time, for as long as
   * the cart has open streams: nothing else would tell them about a change they missed.
   */
  private refresh(cartId: string, failures = 0): void {
    if (this.loading.has(cartId)) {
      this.again.add(cartId);
      return;
    }
    clearTimeout(this.retrying.get(cartId));
    this.retrying.delete(cartId);
    let failed = false;
    const p = this.loadCart(cartId)
      .then((cart) => {
        if (cart) this.deliver(cart);
      })
      .catch((err) => {
        failed = true;
        this.log.warn({ err, cartId }, 'could not reload cart for its streams; trying again');
      })
      .finally(() => {
        this.loading.delete(cartId);
        if (!this.streams.has(cartId)) return;
        if (this.again.delete(cartId)) this.refresh(cartId);
        else if (failed) this.retryLater(cartId, failures + 1);
      });
    this.loading.set(cartId, p);
  }

  private retryLater(cartId: string, failures: number): void {
    const wait = Math.min(this.retryMs * 2 ** (failures - 1), RELOAD_RETRY_CAP_MS);
    const timer = setTimeout(() => {
      this.retrying.delete(cartId);
      if (this.streams.has(cartId)) this.refresh(cartId, failures);
    }, wait);
    timer.unref();
    this.retrying.set(cartId, timer);
  }
}
