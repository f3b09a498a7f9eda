import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { Catalogue } from '../catalogue/catalogue';
import { MAX_LISTED_IDS, type CatalogueBus, type CatalogueChanged } from './catalogue-bus';
import { HEARTBEAT_MS } from './cart-stream-hub';
import { startEventStream } from './start-event-stream';

/**
 * This process's side of catalogue changes: reloads the live catalogue when another process
 * announces a change, and pushes `event: catalogue` (`data: {ids, version}`) to every open page.
 */
export class CatalogueEvents {
  /** Tells this process's own echo on the bus from another's change. */
  readonly origin = randomUUID();
  private readonly streams = new Set<Response>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private lastVersion = 0;

  constructor(
    private readonly bus: CatalogueBus,
    private readonly catalogue: Catalogue,
    private readonly log: Logger,
  ) {
    this.unsubscribe = bus.subscribe((c) => void this.onChange(c));
    this.heartbeat = setInterval(() => {
      for (const res of this.streams) res.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** Opens a page's stream; the first event says which version it is at, so a page can tell a missed change. */
  open(res: Response): void {
    startEventStream(res);
    this.send(res, { ids: [], version: this.lastVersion });
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }

  /**
   * A change committed by this process: reload here, tell this process's pages, then the others.
   *
   * @example await events.announce(['sofa-oslo-3']);
   */
  async announce(ids: readonly string[] | '*'): Promise<CatalogueChanged> {
    const listed = ids === '*' || ids.length > MAX_LISTED_IDS ? '*' : [...new Set(ids)];
    this.lastVersion = Math.max(Date.now(), this.lastVersion + 1);
    const change: CatalogueChanged = { ids: listed, version: this.lastVersion, origin: this.origin };
    await this.catalogue.reload();
    this.broadcast(change);
    await this.bus.publish(change).catch((err) => this.log.warn({ err }, 'catalogue change not published to other processes'));
    return change;
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private async onChange(change: CatalogueChanged): Promise<void> {
    if (change.origin === this.origin) return;
    try {
      await this.catalogue.reload();
    } catch (err) {
      this.log.warn({ err }, 'catalogue reload failed');
      return;
    }
    this.lastVersion = Math.max(this.lastVersion, change.version);
    this.broadcast(change);
  }

  private broadcast(change: CatalogueChanged): void {
    for (const res of this.streams) this.send(res, change);
  }

  private send(res: Response, change: Pick<CatalogueChanged, 'ids' | 'version'>): void {
    res.write(`event: catalogue\nid: ${change.version}\ndata: ${JSON.stringify({ ids: change.ids, version: change.version })}\n\n`);
  }
}
