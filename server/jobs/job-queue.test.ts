import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { jobs } from '../db/schema/operations';
import { eq } from 'drizzle-orm';
import { createJobQueue } from './job-queue';
import { JobFailure } from './job-failure';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';

const backends = await testBackends();

describe.each(backends)('job queue on %s', (backend) => {
  let database: Database;
  let closeDatabase = async () => {};
  beforeAll(async () => {
    ({ database, close: closeDatabase } = await openTestDatabase(backend));
  }, 60_000);
  afterAll(() => closeDatabase());

  it('runs a job, keeps its progress messages and result', async () => {
    const q = createJobQueue(database.db, { pollMs: 50 });
    q.register<{ n: number }>('double', async (ctx) => {
      await ctx.progress(0.5, `halfway through ${ctx.payload.n}`);
      return { doubled: ctx.payload.n * 2 };
    });
    q.start();
    const id = await q.enqueue('double', { n: 21 });
    await q.idle();
    const job = await q.get(id);
    expect(job).toMatchObject({ state: 'succeeded', progress: 1, messages: ['halfway through 21'], result: { doubled: 42 }, attempts: 1 });
    await q.close();
  });

  it('fails at once on bad input, with its errors, and retries other errors', async () => {
    const q = createJobQueue(database.db, { pollMs: 50 });
    let flaky = 0;
    q.register('bad', async () => {
      throw new JobFailure('2 rows are wrong', [{ row: 1, field: 'Variant Price', message: 'not a price' }, { row: 4, message: 'duplicate' }]);
    });
    q.register('flaky', async () => {
      flaky += 1;
      if (flaky < 2) throw new Error('disk hiccup');
      return { ok: true };
    });
    q.start();
    const bad = await q.enqueue('bad', {});
    const retried = await q.enqueue('flaky', {});
    await q.idle();
    expect(await q.get(bad)).toMatchObject({ state: 'failed', attempts: 1, errors: [{ row: 1, field: 'Variant Price' }, { row: 4 }] });
    // The retry waits out its back-off: bring it forward instead of sleeping.
    await database.db.update(jobs).set({ runAfter: new Date(0).toISOString() }).where(eq(jobs.id, retried));
    await q.idle();
    expect(await q.get(retried)).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect((await q.get(retried))!.messages[0]).toContain('disk hiccup');
    await q.close();
  });

  it('takes over a job whose worker died once its lease has run out, and never runs one twice at once', async () => {
    const dead = createJobQueue(database.db, { pollMs: 50 });
    const id = await dead.enqueue('orphan', {});
    // A worker that claimed the job and died: running, lease long gone.
    await database.db.update(jobs).set({ state: 'running', attempts: 1, leaseUntil: new Date(Date.now() - 1000).toISOString() }).where(eq(jobs.id, id));
    let runs = 0;
    const a = createJobQueue(database.db, { pollMs: 20 });
    const b = createJobQueue(database.db, { pollMs: 20 });
    for (const q of [a, b]) q.register('orphan', async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 100));
    });
    a.start();
    b.start();
    await new Promise((r) => setTimeout(r, 400));
    await Promise.all([a.idle(), b.idle()]);
    expect(runs).toBe(1);
    expect(await a.get(id)).toMatchObject({ state: 'succeeded', attempts: 2 });
    await Promise.all([a.close(), b.close()]);
  });
});
