/**
 * npm run bench:room [-- --quick] [-- --sizes=50,100,200] [-- --seconds=30]
 *
 * Simulated clients in one showroom, each sending head and both hands at 20 Hz, for 50, 100 and
 * 200 clients: server CPU and memory, bytes each client receives per second, and the time from a
 * pose sent to that pose seen by another client (p50/p99). The same run measures the naive
 * alternative (the whole state as JSON to everyone at 20 Hz) and prints the bandwidth ratio.
 *
 * The server is its own process; the load comes from two others (raw protocol, sending and counting
 * bytes without decoding) and this one (four observers that decode like real clients and time
 * every pose they see), to 127.0.0.1 only. Send times ride inside the poses, on a clock all the
 * processes share.
 * Every phase is bounded in time and the whole run has a watchdog.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@colyseus/sdk';
import { percentile, fmt } from '../support/latency-stats';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable } from '../../server/test-support/services-available';
import { reserveSeat } from './raw-seat';
import { NAIVE_ROOM } from './naive-room';
import { SeenPoses, stampedPose, wallNow } from './pose-clock';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const SIZES = (arg('sizes') ?? (quick ? '20,50' : '50,100,200')).split(',').map(Number);
const SECONDS = Number(arg('seconds') ?? (quick ? 5 : 30));
const WARMUP_S = quick ? 1 : 3;
const OBSERVERS = 4;
const HZ = 20;
/** The whole run, whatever happens: a bench must end. */
const WATCHDOG_MS = (SIZES.length * 2 * (SECONDS + WARMUP_S + 20) + 120) * 1000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Sample { cpu: NodeJS.CpuUsage; at: number; rss: number; heap: number; naiveOffered: number }
interface Variant { name: 'schema' | 'naive'; roomId: string; token: string }
interface RunResult {
  variant: string;
  clients: number;
  cpuPct: number;
  rssMb: number;
  rssGrowthMb: number;
  /** What clients received, counted by the raw clients. */
  bytesPerClientPerS: number;
  /** What the server put on the wire for each client (the naive room counts it; schema clients keep up, so received = offered). */
  offeredPerClientPerS: number;
  p50: number;
  p99: number;
  samples: number;
}

class BenchServer {
  private seq = 0;
  private readonly waiting = new Map<number, (s: Sample) => void>();
  private constructor(readonly child: ChildProcess, readonly url: string) {
    child.on('message', (m: { type: string; id?: number } & Sample) => {
      if (m.type === 'sample') this.waiting.get(m.id!)?.(m);
    });
  }

  static start(env: Record<string, string>): Promise<BenchServer> {
    const child = fork(path.join(root, 'bench/room/bench-server.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, LOG_LEVEL: 'warn', VITRINE_RATE_LIMIT: 'off', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('bench server did not start in 90 s')), 90_000);
      child.once('exit', (code) => reject(new Error(`bench server exited: ${code}`)));
      child.on('message', (m: { type: string; url?: string }) => {
        if (m.type === 'ready') {
          clearTimeout(timer);
          resolve(new BenchServer(child, m.url!));
        }
      });
    });
  }

  sample(): Promise<Sample> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(id, (s) => {
        this.waiting.delete(id);
        resolve(s);
      });
      this.child.send({ type: 'sample', id });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 10_000).unref();
    });
  }
}

async function api(url: string, method: string, p: string, token?: string, body?: unknown) {
  const res = await fetch(url + p, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A group event with open admission: the only room kind that seats 200 people. */
async function schemaVariant(url: string): Promise<Variant> {
  const advisor = await api(url, 'POST', '/api/auth/login', undefined, { email: 'ines@vitrine.demo', password: 'vitrine' });
  const event = await api(url, 'POST', '/api/sessions', advisor.token, { kind: 'event', title: 'Benchmark', capacity: 250, admission: 'open' });
  const invite = new URLSearchParams(event.joinPath.split('?')[1]).get('invite');
  const guest = await api(url, 'POST', '/api/auth/guest');
  const door = await api(url, 'POST', `/api/sessions/${event.id}/room`, guest.token, { invite });
  return { name: 'schema', roomId: door.roomId, token: guest.token };
}

async function naiveVariant(url: string): Promise<Variant> {
  const guest = await api(url, 'POST', '/api/auth/guest');
  const first = await reserveSeat(url, 'create', NAIVE_ROOM, guest.token);
  // The reservation is never used: the room stays open while the run joins it by id.
  return { name: 'naive', roomId: first.roomId, token: guest.token };
}

/** A load-generating child process holding a share of the raw clients. */
class LoadWorker {
  private readonly waiting = new Map<string, { resolve: (m: any) => void; reject: (e: Error) => void }>();
  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: { type: string; message?: string }) => {
      if (m.type === 'error') {
        for (const w of this.waiting.values()) w.reject(new Error(`load worker: ${m.message}`));
        this.waiting.clear();
        return;
      }
      const w = this.waiting.get(m.type);
      if (w) {
        this.waiting.delete(m.type);
        w.resolve(m);
      }
    });
  }

  static start(): LoadWorker {
    return new LoadWorker(fork(path.join(root, 'bench/room/load-worker.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  ask<T>(message: { type: string } & Record<string, unknown>, answer: string, timeoutMs = 60_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load worker: no ${answer} in ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(answer, {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send(message);
    });
  }

  stop(): void {
    if (this.child.connected) this.child.send({ type: 'stop' });
    setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
  }
}

/** Raw clients per load process: two processes share the sending and the receiving. */
const LOAD_PROCESSES = 2;

async function runOne(server: BenchServer, v: Variant, clients: number): Promise<RunResult> {
  const nRaw = clients - OBSERVERS;
  const shares = Array.from({ length: LOAD_PROCESSES }, (_, k) => Math.floor(nRaw / LOAD_PROCESSES) + (k < nRaw % LOAD_PROCESSES ? 1 : 0));
  const workers = shares.map(() => LoadWorker.start());
  let first = 0;
  await Promise.all(workers.map((w, k) => {
    const count = shares[k]!; // one share per worker: workers is shares mapped
    const m = { type: 'join', url: server.url, roomId: v.roomId, token: v.token, count, firstIndex: first, hz: HZ };
    first += count;
    return w.ask(m, 'joined');
  }));
  const observers = await Promise.all(Array.from({ length: OBSERVERS }, () => new Client(server.url).joinById(v.roomId, { token: v.token })));

  // Observers decode what they receive and time every pose they have not seen yet.
  const seen = new SeenPoses();
  const latencies: number[] = [];
  let measuring = false;
  const record = (observer: string, participant: string, x: number, now: number) => {
    const age = seen.seen(observer, participant, x, now);
    if (measuring && age !== undefined && participant !== observer) latencies.push(age);
  };
  for (const o of observers) {
    o.onMessage('*', () => {});
    if (v.name === 'schema') {
      o.onStateChange((state: { participants: Map<string, { head: { x: number } }> }) => {
        const now = wallNow();
        state.participants.forEach((p, sid) => {
          record(o.sessionId, sid, p.head.x, now);
        });
      });
    } else {
      o.onMessage('state', (json: string) => {
        const now = wallNow();
        const { participants } = JSON.parse(json) as { participants: Record<string, { head: { x: number } }> };
        for (const [sid, p] of Object.entries(participants)) record(o.sessionId, sid, p.head.x, now);
      });
    }
  }
  // Observers are clients too: they send their own poses at 20 Hz.
  const sender = setInterval(() => observers.forEach((o, k) => {
    o.send('pose', stampedPose(nRaw + k, wallNow()));
  }), 1000 / HZ);

  await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
  await Promise.all(workers.map((w) => w.ask({ type: 'measure' }, 'measuring')));
  const before = await server.sample();
  let peakRss = before.rss;
  measuring = true;
  const t0 = performance.now();
  const rssTimer = setInterval(() => void server.sample().then((s) => (peakRss = Math.max(peakRss, s.rss))), 1000);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  measuring = false;
  clearInterval(rssTimer);
  const reports = await Promise.all(workers.map((w) => w.ask<{ bytes: number }>({ type: 'report' }, 'report')));
  const after = await server.sample();
  const elapsedS = (performance.now() - t0) / 1000;
  const bytes = reports.reduce((n, r) => n + r.bytes, 0);

  clearInterval(sender);
  for (const w of workers) w.stop();
  await Promise.allSettled(observers.map((o) => o.leave()));
  await new Promise((r) => setTimeout(r, 2000));

  const cpuUs = after.cpu.user + after.cpu.system - (before.cpu.user + before.cpu.system);
  latencies.sort((a, b) => a - b);
  return {
    variant: v.name,
    clients,
    cpuPct: (cpuUs / 1000 / (after.at - before.at)) * 100,
    rssMb: peakRss / 2 ** 20,
    rssGrowthMb: (peakRss - before.rss) / 2 ** 20,
    bytesPerClientPerS: bytes / nRaw / elapsedS,
    offeredPerClientPerS: v.name === 'naive' ? (after.naiveOffered - before.naiveOffered) / clients / ((after.at - before.at) / 1000) : bytes / nRaw / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    samples: latencies.length,
  };
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`bench:room exceeded ${Math.round(WATCHDOG_MS / 1000)} s; stopping`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  // PostgreSQL when reachable keeps the embedded database's memory out of the server's figures.
  let env: Record<string, string>;
  let cleanup = async () => {};
  let backend: string;
  if (await serviceAvailable('PostgreSQL')) {
    const db = await createPostgresTestDatabase();
    env = { DATABASE_URL: db.url };
    cleanup = db.drop;
    backend = 'PostgreSQL';
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-room-'));
    env = { VITRINE_DATA_DIR: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    backend = 'embedded PGlite (its memory is included in the server RSS)';
  }
  console.log(`bench:room — ${SIZES.join('/')} clients x ${SECONDS} s at ${HZ} Hz (head + both hands), ${OBSERVERS} decoding observers, database: ${backend}, cores: ${os.cpus().length}`);
  const server = await BenchServer.start(env);
  const results: RunResult[] = [];
  try {
    for (const clients of SIZES) {
      for (const make of [schemaVariant, naiveVariant]) {
        const v = await make(server.url);
        const r = await runOne(server, v, clients);
        results.push(r);
        console.log(
          `${r.variant.padEnd(6)} ${String(r.clients).padStart(4)} clients  cpu ${fmt(r.cpuPct).padStart(5)}% of a core  rss ${fmt(r.rssMb, 0)} MB (+${fmt(r.rssGrowthMb, 0)})  ` +
            `out ${fmt(r.offeredPerClientPerS / 1024).padStart(7)} KB/s per client (received ${fmt(r.bytesPerClientPerS / 1024)})  pose→seen p50 ${fmt(r.p50)} ms p99 ${fmt(r.p99)} ms  (${r.samples} samples)`,
        );
      }
    }
  } finally {
    await server.stop();
    await cleanup();
  }

  console.log('\n| clients | schema KB/s per client | naive KB/s per client sent (received) | ratio | schema CPU % | naive CPU % | schema p50/p99 ms | naive p50/p99 ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  let ok = true;
  for (const clients of SIZES) {
    const s = results.find((r) => r.clients === clients && r.variant === 'schema')!;
    const n = results.find((r) => r.clients === clients && r.variant === 'naive')!;
    const ratio = n.offeredPerClientPerS / s.bytesPerClientPerS;
    console.log(`| ${clients} | ${fmt(s.bytesPerClientPerS / 1024)} | ${fmt(n.offeredPerClientPerS / 1024)} (${fmt(n.bytesPerClientPerS / 1024)}) | ${fmt(ratio)}x | ${fmt(s.cpuPct)} | ${fmt(n.cpuPct)} | ${fmt(s.p50)}/${fmt(s.p99)} | ${fmt(n.p50)}/${fmt(n.p99)} |`);
    if (clients === Math.max(...SIZES)) {
      const goals = [`p99 ${fmt(s.p99)} ms < 100 ms: ${s.p99 < 100 ? 'met' : 'MISSED'}`, `server CPU ${fmt(s.cpuPct)}% <= 100% (one core): ${s.cpuPct <= 100 ? 'met' : 'MISSED'}`, `bandwidth ${fmt(ratio)}x >= 5x: ${ratio >= 5 ? 'met' : 'MISSED'}`];
      ok = s.p99 < 100 && s.cpuPct <= 100 && ratio >= 5;
      console.log(`\nGoals at ${clients} clients: ${goals.join('; ')}`);
    }
  }
  process.exitCode = ok ? 0 : 1;
}

await main();
