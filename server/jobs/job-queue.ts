import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/database';
import { jobs } from '../db/schema/operations';
import { queryRows } from '../db/query-rows';
import type { Job, JobError } from '../../shared/http/job-schemas';
import type { LocalizedText } from '../../shared/i18n-text';
import { JobFailure } from './job-failure';

export interface JobContext<P> {
  jobId: string;
  payload: P;
  /** 1 on the first try. */
  attempt: number;
  /** Reports progress (0..1) and, optionally, a line for the job's message list (plain, or in every language). */
  progress(fraction: number, message?: string | LocalizedText): Promise<void>;
}

/** Does the work; what it returns is kept as the job's result. Throw `JobFailure` for bad input. */
export type JobHandler<P = Record<string, unknown>> = (ctx: JobContext<P>) => Promise<Record<string, unknown> | undefined>;

export interface JobQueue {
  enqueue(kind: string, payload: Record<string, unknown>, opts?: { createdBy?: string; maxAttempts?: number }): Promise<string>;
  get(id: string): Promise<Job | undefined>;
  register<P>(kind: string, handler: JobHandler<P>): void;
  /** Starts taking jobs in this process. */
  start(): void;
  /** Resolves once nothing this process can run is queued or running (tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface JobQueueOptions {
  now?: () => Date;
  log?: Logger;
  /** How often to look for work queued by other processes. */
  pollMs?: number;
  /** How long a worker owns a job before another process may take it over; renewed while it runs. */
  leaseMs?: number;
}

type JobRow = typeof jobs.$inferSelect;

export function jobFromRow(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    progress: r.progress,
    messages: r.messages.map((m) => (typeof m === 'string' ? m : m.en)),
    ...(r.messages.some((m) => typeof m !== 'string') ? { messageTexts: r.messages.map((m) => (typeof m === 'string' ? null : m)) } : {}),
    errors: r.errors,
    ...(r.result ? { result: r.result } : {}),
    attempts: r.attempts,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** Seconds to wait before the next try: 2, 4, 8... capped at a minute. */
function backoffMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** attempt);
}

/**
 * A job queue kept in the database, so it survives restarts and any process of the deployment
 * can run what another enqueued. The same SQL runs on PGlite and PostgreSQL: a queued job is
 * claimed with `for update skip locked`, its lease renewed while it runs, and a job whose worker
 * died is claimed again once the lease has run out. One job at a time per process: the work
 * (model processing, imports) is heavy and these machines are small.
 *
 * @example const q = createJobQueue(db); q.register('import.stock', run); q.start(); await q.enqueue('import.stock', { csv });
 */
export function createJobQueue(db: Db, opts: JobQueueOptions = {}): JobQueue {
  const now = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const handlers = new Map<string, JobHandler<never>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let started = false;
  let closed = false;
  let wakeAgain = false;

  const iso = (ms = 0) => new Date(now().getTime() + ms).toISOString();

  async function claim(): Promise<JobRow | undefined> {
    const kinds = [...handlers.keys()];
    if (!kinds.length) return undefined;
    const at = iso();
    const rows = await queryRows<{ id: string }>(db, sql`
      update jobs set state = 'running', attempts = attempts + 1, lease_until = ${iso(leaseMs)}, updated_at = ${at}
      where id = (
        select id from jobs
        where kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
          and ((state = 'queued' and run_after <= ${at}) or (state = 'running' and lease_until < ${at}))
        order by created_at
        for update skip locked
        limit 1)
      returning id`);
    const [claimed] = rows;
    if (!claimed) return undefined;
    const [row] = await db.select().from(jobs).where(eq(jobs.id, claimed.id));
    return row;
  }

  async function finish(id: string, set: Partial<typeof jobs.$inferInsert>): Promise<void> {
    await db.update(jobs).set({ ...set, leaseUntil: null, updatedAt: iso() }).where(eq(jobs.id, id));
  }

  async function runOne(row: JobRow): Promise<void> {
    const handler = handlers.get(row.kind)!;
    const renew = setInterval(() => {
      void db.update(jobs).set({ leaseUntil: iso(leaseMs) }).where(eq(jobs.id, row.id)).catch(() => {});
    }, Math.max(1000, leaseMs / 3));
    renew.unref();
    try {
      const result = await handler({
        jobId: row.id,
        payload: row.payload as never,
        attempt: row.attempts,
        async progress(fraction, message) {
          const p = Math.min(1, Math.max(0, fraction));
          const line = message === undefined ? null : JSON.stringify(message);
          await queryRows(db, sql`
            update jobs set progress = ${p}, updated_at = ${iso()},
              messages = case when ${line}::text is null then messages else messages || jsonb_build_array(${line}::jsonb) end
            where id = ${row.id}`);
        },
      });
      await finish(row.id, { state: 'succeeded', progress: 1, result: result ?? {} });
    } catch (e) {
      const failure = e instanceof JobFailure;
      const message = e instanceof Error ? e.message : String(e);
      const errors: JobError[] = failure ? e.errors : [{ message }];
      if (!failure && row.attempts < row.maxAttempts) {
        opts.log?.warn({ err: e, jobId: row.id, kind: row.kind }, 'job failed; it will be tried again');
        await finish(row.id, {
          state: 'queued',
          runAfter: iso(backoffMs(row.attempts)),
          messages: [...row.messages, `try ${row.attempts} failed: ${message}`],
        });
      } else {
        if (!failure) opts.log?.error({ err: e, jobId: row.id, kind: row.kind }, 'job failed for good');
        await finish(row.id, { state: 'failed', errors, messages: [...row.messages, failure && e.text ? e.text : message] });
      }
    } finally {
      clearInterval(renew);
    }
  }

  /** Runs jobs until none is ready; resolves to how many it ran. */
  async function drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      wakeAgain = false;
      const row = closed ? undefined : await claim().catch((err) => {
        opts.log?.warn({ err }, 'could not look for queued jobs');
        return undefined;
      });
      if (!row) {
        if (wakeAgain && !closed) continue;
        return ran;
      }
      ran += 1;
      await runOne(row).catch((err) => opts.log?.error({ err, jobId: row.id }, 'could not record the outcome of a job'));
    }
  }

  function wake(): void {
    if (!started || closed) return;
    if (running) {
      wakeAgain = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  }

  return {
    async enqueue(kind, payload, o = {}) {
      const id = `job_${randomUUID()}`;
      const at = iso();
      await db.insert(jobs).values({
        id, kind, payload, createdBy: o.createdBy ?? null, maxAttempts: o.maxAttempts ?? 3, runAfter: at, createdAt: at, updatedAt: at,
      });
      setImmediate(wake);
      return id;
    },
    async get(id) {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      return row ? jobFromRow(row) : undefined;
    },
    register(kind, handler) {
      handlers.set(kind, handler as JobHandler<never>);
    },
    start() {
      if (started) return;
      started = true;
      timer = setInterval(wake, pollMs);
      timer.unref();
      wake();
    },
    async idle() {
      if (running) await running;
      for (;;) {
        if (closed) return;
        if (!running) running = drain().finally(() => { running = undefined; });
        if ((await running) === 0) return;
      }
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
