import type { Response } from 'express';
import type { Logger } from 'pino';
import type { CartBus } from '../live/cart-bus';
import { startEventStream } from '../live/start-event-stream';

interface Topic {
  streams: Set<Response>;
  load: () => Promise<unknown>;
  /** JSON of the last snapshot sent, so an unchanged reload sends nothing. */
  last?: string;
  seq: number;
  loading: boolean;
  again: boolean;
}

/** Comment lines keep proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** Safety net for a lost bus message (LISTEN reconnect, another process without a bus). */
const POLL_MS = 10_000;
const TICK_MS = 5_000;

/**
 * Server-sent event feeds of small lists (a customer's orders, a store's pickups). Each topic's
 * streams get the whole list as `event: <name>`, first at once, then whenever the bus says the topic
 * changed (coalesced: one read per burst, however many streams) and on a slow poll.
 *
 * @example hub.open(res, pickupsTopic('store-lyon'), 'pickups', () => listStorePickups(db, 'store-lyon'))
 */
export class FeedHub {
  private readonly topics = new Map<string, Topic & { event: string }>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private ticks = 0;

  constructor(bus: CartBus, private readonly log: Logger) {
    this.unsubscribe = bus.subscribe((c) => {
      if (c.cartId === '*') for (const id of this.topics.keys()) this.refresh(id);
      else if (this.topics.has(c.cartId)) this.refresh(c.cartId);
    });
    this.timer = setInterval(() => {
      this.ticks++;
      for (const [id, t] of this.topics) {
        if (this.ticks % (POLL_MS / TICK_MS) === 0) this.refresh(id);
        if (this.ticks % (HEARTBEAT_MS / TICK_MS) === 0) for (const res of t.streams) res.write(': heartbeat\n\n');
      }
    }, TICK_MS);
    this.timer.unref();
  }

  open(res: Response, topic: string, event: string, load: () => Promise<unknown>): void {
    startEventStream(res);
    let t = this.topics.get(topic);
    if (!t) {
      t = { streams: new Set(), load, event, seq: 0, loading: false, again: false };
      this.topics.set(topic, t);
    }
    t.streams.add(res);
    res.on('close', () => {
      t.streams.delete(res);
      if (!t.streams.size && this.topics.get(topic) === t) this.topics.delete(topic);
    });
    if (t.last !== undefined) this.write(res, t, t.last);
    // A fresh read for everyone: a newcomer must not be served a snapshot older than its own request.
    this.refresh(topic);
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.timer);
    for (const t of this.topics.values()) for (const res of t.streams) res.end();
    this.topics.clear();
  }

  private write(res: Response, t: Topic & { event: string }, json: string): void {
    res.write(`event: ${t.event}\nid: ${t.seq}\ndata: ${json}\n\n`);
  }

  private refresh(topic: string): void {
    const t = this.topics.get(topic);
    if (!t) return;
    if (t.loading) {
      t.again = true;
      return;
    }
    t.loading = true;
    t.load()
      .then((data) => {
        const json = JSON.stringify(data);
        if (json === t.last) return;
        t.last = json;
        t.seq++;
        for (const res of t.streams) this.write(res, t, json);
      })
      .catch((err) => this.log.warn({ err, topic }, 'feed reload failed'))
      .finally(() => {
        t.loading = false;
        if (t.again) {
          t.again = false;
          this.refresh(topic);
        }
      });
  }
}

const hubs = new WeakMap<object, FeedHub>();

/** One hub per server, made on first use (no wiring in the server's start-up). */
export function feedHubFor(s: { bus: CartBus; log: Logger }): FeedHub {
  let hub = hubs.get(s);
  if (!hub) {
    hub = new FeedHub(s.bus, s.log);
    hubs.set(s, hub);
  }
  return hub;
}
