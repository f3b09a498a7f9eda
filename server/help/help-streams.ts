import type { Response } from 'express';
import type { Logger } from 'pino';
import type { HelpSignals } from './help-signals';
import { startEventStream } from '../live/start-event-stream';

interface Stream {
  res: Response;
  /** Reads what this stream shows (the queue, or one request) fresh from the database. */
  read: () => Promise<unknown>;
  /** Tells the database someone is still following (on open and with every heartbeat). */
  touch?: () => Promise<void>;
  last?: string;
}

const HEARTBEAT_MS = 15_000;
/** Bursts of changes (ten people asking at once) cost one read per stream. */
const DEBOUNCE_MS = 50;

/**
 * Server-sent event streams of the help queue (advisors) and of one request (its customer). A
 * signal from any process makes every stream here re-read and push what changed.
 */
export class HelpStreams {
  private readonly streams = new Set<Stream>();
  private readonly off: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;

  constructor(signals: HelpSignals, private readonly log: Logger) {
    this.off = signals.subscribe(() => this.schedule());
    this.heartbeat = setInterval(() => {
      for (const s of this.streams) {
        s.res.write(': heartbeat\n\n');
        s.touch?.().catch((err) => this.log.warn({ err }, 'help stream touch failed'));
      }
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens a stream whose events are named `event` and carry what `read` returns. */
  async open(res: Response, event: string, read: () => Promise<unknown>, touch?: () => Promise<void>): Promise<void> {
    startEventStream(res);
    const stream: Stream = { res, read: async () => ({ event, data: await read() }), touch };
    this.streams.add(stream);
    res.on('close', () => this.streams.delete(stream));
    await touch?.();
    await this.push(stream);
  }

  close(): void {
    this.off();
    clearInterval(this.heartbeat);
    clearTimeout(this.timer);
    for (const s of this.streams) s.res.end();
    this.streams.clear();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const s of this.streams) void this.push(s);
    }, DEBOUNCE_MS);
    this.timer.unref();
  }

  private async push(s: Stream): Promise<void> {
    try {
      const { event, data } = (await s.read()) as { event: string; data: unknown };
      const json = JSON.stringify(data);
      if (json === s.last) return;
      s.last = json;
      s.res.write(`event: ${event}\ndata: ${json}\n\n`);
    } catch (err) {
      this.log.warn({ err }, 'help stream read failed');
    }
  }
}
