import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { HelpStreams } from './help-streams';
import type { HelpSignal, HelpSignals } from './help-signals';

/** Signals delivered by hand. */
function fakeSignals() {
  const listeners = new Set<(s: HelpSignal) => void>();
  return {
    signals: { subscribe: (l: (s: HelpSignal) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    } } as unknown as HelpSignals,
    fire: (s: HelpSignal = { type: 'queue' }) => {
      for (const l of listeners) l(s);
    },
  };
}

/** Just enough of an Express response to hold an event stream. */
function fakeResponse() {
  const res = new EventEmitter() as EventEmitter & { written: string[]; writeHead(): void; write(s: string): boolean; end(): void };
  res.written = [];
  res.writeHead = () => {};
  res.write = (s: string) => {
    res.written.push(s);
    return true;
  };
  res.end = () => res.emit('close');
  return res;
}
const events = (res: ReturnType<typeof fakeResponse>) => res.written.filter((w) => w.startsWith('event: '));
const settle = () => new Promise((r) => setTimeout(r, 120));

describe('help streams', () => {
  it('reads once per change for all the streams that show the same thing, and fans the result out to each', async () => {
    const { signals, fire } = fakeSignals();
    const streams = new HelpStreams(signals, pino({ level: 'silent' }));
    let version = 0;
    let reads = 0;
    const read = async () => {
      reads++;
      return { position: 1, version };
    };
    const many = Array.from({ length: 200 }, () => fakeResponse());
    for (const res of many) await streams.open(res as unknown as Response, { key: 'request:r1', event: 'request', read });
    await settle();
    // Each opening reads afresh (a newcomer must not get a snapshot older than its request), but an unchanged snapshot is not sent again.
    for (const res of many) expect(events(res)).toHaveLength(1);

    reads = 0;
    version = 1;
    fire();
    fire({ type: 'session', sessionId: 's1', event: 'assigned' });
    await settle();
    expect(reads).toBe(1);
    for (const res of many) {
      expect(events(res)).toHaveLength(2);
      expect(events(res)[1]).toBe('event: request\ndata: {"position":1,"version":1}\n\n');
    }
    streams.close();
  });

  it('keeps different things apart: one read per key, each stream gets its own data', async () => {
    const { signals, fire } = fakeSignals();
    const streams = new HelpStreams(signals, pino({ level: 'silent' }));
    const reads: Record<string, number> = { queue: 0, a: 0, b: 0 };
    let n = 0;
    const feed = (key: string, event: string) => ({ key, event, read: async () => {
      reads[key] = (reads[key] ?? 0) + 1;
      return { key, n };
    } });
    const q = fakeResponse();
    const a = [fakeResponse(), fakeResponse()] as const;
    const b = fakeResponse();
    await streams.open(q as unknown as Response, feed('queue', 'queue'));
    for (const res of a) await streams.open(res as unknown as Response, feed('a', 'request'));
    await streams.open(b as unknown as Response, feed('b', 'request'));
    await settle();
    for (const k of Object.keys(reads)) reads[k] = 0;
    n = 1;
    fire();
    await settle();
    expect(reads).toEqual({ queue: 1, a: 1, b: 1 });
    expect(events(a[0]).at(-1)).toContain('"key":"a","n":1');
    expect(events(b).at(-1)).toContain('"key":"b","n":1');
    expect(events(q).at(-1)).toContain('event: queue');
    // A closed stream's key is forgotten; the others carry on.
    b.end();
    n = 2;
    fire();
    await settle();
    expect(reads.b).toBe(1);
    expect(events(a[1]).at(-1)).toContain('"n":2');
    streams.close();
  });

  it('gives a newcomer the current snapshot at once, and sends nothing when a read finds no change', async () => {
    const { signals, fire } = fakeSignals();
    const streams = new HelpStreams(signals, pino({ level: 'silent' }));
    const read = async () => ({ items: [] });
    const first = fakeResponse();
    await streams.open(first as unknown as Response, { key: 'queue', event: 'queue', read });
    await settle();
    const late = fakeResponse();
    await streams.open(late as unknown as Response, { key: 'queue', event: 'queue', read });
    expect(events(late)).toHaveLength(1);
    fire();
    await settle();
    expect(events(first)).toHaveLength(1);
    expect(events(late)).toHaveLength(1);
    streams.close();
  });

  it('reads once for streams whose callers see it differently, and gives each its own view', async () => {
    const { signals, fire } = fakeSignals();
    const streams = new HelpStreams(signals, pino({ level: 'silent' }));
    let reads = 0;
    let n = 0;
    const read = async () => {
      reads++;
      return { items: [{ id: 'r1', cartId: 'c1', n }] };
    };
    const hideCart = (data: unknown) => ({ items: (data as { items: { id: string; n: number }[] }).items.map(({ id, n }) => ({ id, n })) });
    const full = fakeResponse();
    const trimmed = fakeResponse();
    await streams.open(full as unknown as Response, { key: 'queue', event: 'queue', read });
    await streams.open(trimmed as unknown as Response, { key: 'queue', event: 'queue', read, present: hideCart });
    await settle();
    reads = 0;
    n = 1;
    fire();
    await settle();
    expect(reads).toBe(1);
    expect(events(full).at(-1)).toContain('"cartId":"c1","n":1');
    expect(events(trimmed).at(-1)).toBe('event: queue\ndata: {"items":[{"id":"r1","n":1}]}\n\n');
    streams.close();
  });
});
