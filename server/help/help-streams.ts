import type { Response } from 'express';
import type { Logger } from 'pino';
import type { HelpSignals } from './help-signals';
import { startEventStream } from '../live/start-event-stream';

/** What a stream shows: every stream with the same key shows the same thing, read once for all. */
export interface HelpFeed {
  /** `queue`, or `request:<id>`. */
  key: string;
  /** The SSE event name. */
  event: string;
  /** Reads what the streams of this key show, fresh from the database: once per change for all of them. */
  read: () => Promise<unknown>;
  /**
   * What this stream's caller may see of what was read (staff and customers may see one request
   * differently). Must be cheap and pure: it runs per stream, the read does not.
   */
  present?: (data: unknown) => unknown;
  /** Tells the database someone still follows (on open, then once per heartbeat for the key). */
  touch?: () => Promise<void>;
}

interface Stream {
  res: Response;
  touch?: () => Promise<void>;
  present?: (data: unknown) => unknown;
  /** JSON of the last event sent on this stream: an unchanged view sends nothing. */
  last?: string;
}

interface Topic {
  feed: HelpFeed;
  streams: Set<Stream>;
  /** The last read, given at once to a newcomer (then refreshed for everyone). */
  data?: { value: unknown };
  loading: boolean;
  again: boolean;
}

export const HEARTBEAT_MS = 15_000;
/** Bursts of changes (ten people asking at once) cost one read per key. */
const DEBOUNCE_MS = 50;

/**
 * Server-sent event streams of the help queue (advisors) and of one request (its customer). A
 * signal from any process makes each key re-read once and push what changed to all its streams,
 * so the work of a change grows with the number of things shown, not with the number of streams.
 *
 * @example await streams.open(res, { key: 'queue', event: 'queue', read: () => readQueue(db) });
 */
export class HelpStreams {
  private readonly topics = new Map<string, Topic>();
  private readonly off: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;
  /** Reads made, for tests and metrics. */
  reads = 0;

  constructor(signals: HelpSignals, private readonly log: Logger) {
    this.off = signals.subscribe(() => this.schedule());
    this.heartbeat = setInterval(() => {
      for (const t of this.topics.values()) {
        for (const s of t.streams) s.res.write(': heartbeat\n\n');
        // One customer's page following is enough to keep the request alive: one write per key.
        const touch = [...t.streams].find((s) => s.touch)?.touch;
        touch?.().catch((err) => this.log.warn({ err }, 'help stream touch failed'));
      }
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens a stream of `feed.event` events carrying what `feed.read` returns, at once and on every change. */
  async open(res: Response, feed: HelpFeed): Promise<void> {
    startEventStream(res);
    let t = this.topics.get(feed.key);
    if (!t) {
      t = { feed, streams: new Set(), loading: false, again: false };
      this.topics.set(feed.key, t);
    }
    const topic = t;
    const stream: Stream = { res, touch: feed.touch, present: feed.present };
    topic.streams.add(stream);
    res.on('close', () => {
      topic.streams.delete(stream);
      if (!topic.streams.size && this.topics.get(feed.key) === topic) this.topics.delete(feed.key);
    });
    if (topic.data) this.send(stream, topic, topic.data.value);
    await feed.touch?.();
    // A fresh read for everyone: a newcomer must not be served a snapshot older than its own request.
    this.refresh(topic);
  }

  get streamCount(): number {
    let n = 0;
    for (const t of this.topics.values()) n += t.streams.size;
    return n;
  }

  close(): void {
    this.off();
    clearInterval(this.heartbeat);
    clearTimeout(this.timer);
    for (const t of this.topics.values()) for (const s of t.streams) s.res.end();
    this.topics.clear();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const t of this.topics.values()) this.refresh(t);
    }, DEBOUNCE_MS);
    this.timer.unref();
  }

  private send(s: Stream, t: Topic, data: unknown): void {
    try {
      const json = JSON.stringify(s.present ? s.present(data) : data);
      if (json === s.last) return;
      s.last = json;
      s.res.write(`event: ${t.feed.event}\ndata: ${json}\n\n`);
    } catch (err) {
      this.log.warn({ err, key: t.feed.key }, 'help stream view failed');
    }
  }

  /** One read per key at a time; a change arriving during a read asks for exactly one more. */
  private refresh(t: Topic): void {
    if (t.loading) {
      t.again = true;
      return;
    }
    t.loading = true;
    this.reads++;
    t.feed.read()
      .then((data) => {
        t.data = { value: data };
        for (const s of t.streams) this.send(s, t, data);
      })
      .catch((err) => this.log.warn({ err, key: t.feed.key }, 'help stream read failed'))
      .finally(() => {
        t.loading = false;
        if (t.again && this.topics.get(t.feed.key) === t) {
          t.again = false;
          this.refresh(t);
        }
      });
  }
}
