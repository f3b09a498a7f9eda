import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { tracePglite } from './trace-pglite';

describe('spans of the embedded database', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const tracer = provider.getTracer('test');
  const contextManager = new AsyncLocalStorageContextManager().enable();
  let db: PGlite;
  let untrace: () => void;
  beforeAll(async () => {
    context.setGlobalContextManager(contextManager);
    untrace = tracePglite(tracer);
    db = await PGlite.create();
    await db.exec('create table carts (id text primary key, note text)');
  });
  afterAll(async () => {
    untrace();
    await db.close();
    context.disable();
  });

  const inRequest = async (fn: () => Promise<unknown>) => {
    const parent = tracer.startSpan('POST /api/carts');
    await context.with(trace.setSpan(context.active(), parent), fn);
    parent.end();
    return parent.spanContext().spanId;
  };

  it('makes a child span per query and per query of a transaction, named by its summary, without values', async () => {
    exporter.reset();
    const parentId = await inRequest(async () => {
      await db.query('insert into carts (id, note) values ($1, $2)', ['cart-secret-1', 'camille@example.com']);
      await db.transaction(async (tx) => {
        await tx.query('update carts set note = $1 where id = $2', ['x', 'cart-secret-1']);
        await tx.query('select note from carts where id = $1', ['cart-secret-1']);
      });
    });
    const spans = exporter.getFinishedSpans().filter((s) => s.name !== 'POST /api/carts');
    expect(spans.map((s) => s.name)).toEqual(['INSERT carts', 'UPDATE carts', 'SELECT carts']);
    for (const s of spans) {
      expect(s.parentSpanContext?.spanId).toBe(parentId);
      expect(s.attributes['db.system.name']).toBe('postgresql');
      expect(JSON.stringify(s.attributes)).not.toMatch(/cart-secret-1|camille/);
    }
  });

  it('marks a refused query with its SQLSTATE only, and makes no span outside a traced request', async () => {
    exporter.reset();
    await inRequest(() => db.query('insert into carts (id) values ($1)', ['cart-secret-1']).catch(() => undefined));
    const [failed] = exporter.getFinishedSpans().filter((s) => s.name === 'INSERT carts');
    expect(failed?.status).toMatchObject({ code: 2, message: '23505' });
    exporter.reset();
    await db.query('select 1');
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
