import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { planCluster, type ClusterProcess } from './plan-cluster';

/**
 * `npm run start:cluster`: several server processes on one machine, one port each, sharing
 * PostgreSQL and Redis, meant to sit behind the proxy of deploy/nginx/vitrine.conf. A process
 * that dies is started again; SIGTERM or SIGINT passes SIGTERM to every process (each drains
 * and exits within 10 s) and ends once they have.
 */
const plan = planCluster(process.env);
if (!plan.ok) {
  console.error(plan.message);
  process.exit(2);
}

// Built, this file sits beside main.js in dist-server/; from the sources (tsx) it runs server/main.ts.
const fromSources = import.meta.url.endsWith('.ts');
const mainArgs = fromSources
  ? ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url))]
  : ['--enable-source-maps', fileURLToPath(new URL('./main.js', import.meta.url))];
/** A process that dies sooner than this after starting waits before its next start, so a broken setup does not spin. */
const QUICK_DEATH_MS = 10_000;

const running = new Map<string, ChildProcess>();
let stopping = false;

function start(p: ClusterProcess, delayMs = 0): void {
  setTimeout(() => {
    if (stopping) return;
    const startedAt = Date.now();
    const child = spawn(process.execPath, mainArgs, { env: { ...process.env, ...p.env }, stdio: 'inherit' });
    running.set(p.name, child);
    child.once('exit', (code, signal) => {
      running.delete(p.name);
      if (stopping) {
        if (running.size === 0) process.exit(0);
        return;
      }
      const quick = Date.now() - startedAt < QUICK_DEATH_MS;
      console.error(`process ${p.name} (port ${p.port}) ended (${signal ?? `exit code ${code}`}); starting it again${quick ? ' in 5 s' : ''}`);
      start(p, quick ? 5000 : 0);
    });
  }, delayMs);
}

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping ${running.size} processes`);
  if (running.size === 0) process.exit(0);
  for (const child of running.values()) child.kill('SIGTERM');
  // Each process exits within 10 s on its own; this is the backstop.
  setTimeout(() => {
    for (const child of running.values()) child.kill('SIGKILL');
    process.exit(1);
  }, 12_000).unref();
}

process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));

console.log(
  `Vitrine cluster: ${plan.processes.length} processes on ${plan.processes.map((p) => `${p.env.HOST}:${p.port}`).join(', ')}; ` +
    `their rooms at ${plan.processes.map((p) => p.env.VITRINE_PUBLIC_ADDRESS).join(', ')}. Serve them on one port with deploy/nginx/vitrine.conf.`,
);
for (const p of plan.processes) start(p);
