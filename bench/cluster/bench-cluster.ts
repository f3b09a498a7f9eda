/**
 * npm run bench:cluster [-- --quick]
 *
 * Saturated add-to-cart (50 guests, each on their own cart) through nginx with the repository's
 * configuration (deploy/nginx/vitrine.conf), in front of one server process and then of two, on
 * one PostgreSQL and one Redis, in the same run: two rounds, alternating, so drift on a shared
 * machine hits both alike. Prints the two-to-one ratio, and one process's figure as a ratio of the
 * database's bare single-row update (the floor) measured first. Load goes to 127.0.0.1 only and
 * every loop is bounded in time.
 */
import fs from 'node:fs';
import os from 'node:os';
import { freePort, renderVitrineConf, startNginx, type NginxFront } from '../../server/test-support/nginx-front';
import { startTwoProcessCluster } from '../support/two-process-cluster';
import { prepareAndMeasureFloor } from '../cart/prepare-database';
import { addToCartLoad } from '../cart/cart-load';
import { fmt } from '../support/latency-stats';
import type { LoadResult } from '../support/latency-stats';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const ROUNDS = 2;
const CLIENTS = 50;
const REDIS_DB = 10;

/** Jiffies (1/100 s) a process has spent on the CPU, from /proc (Linux). */
function cpuOf(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
/** [busy, total] jiffies of the whole machine. */
function machineCpu(): [number, number] {
  const n = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const idle = n[3]! + n[4]!;
  const total = n.reduce((a, b) => a + b, 0);
  return [total - idle, total];
}

interface Phase { load: LoadResult; cores: { machine: number; processes: number[] } }

const ports = { one: await freePort(), two: await freePort() };
console.log(`bench:cluster: ${CLIENTS} clients adding to their own carts through nginx, ${SECONDS} s per phase, ${ROUNDS} rounds, node ${process.version}, ${os.cpus().length} cores${quick ? ' (quick)' : ''}`);
let floor: LoadResult | undefined;
let floorCores = 0;
const cluster = await startTwoProcessCluster('bench:cluster', REDIS_DB, ports.two, async (url) => {
  const [busy0, total0] = machineCpu();
  floor = await prepareAndMeasureFloor({ kind: 'postgres', url }, CLIENTS, SECONDS);
  const [busy1, total1] = machineCpu();
  floorCores = ((busy1 - busy0) / (total1 - total0)) * os.cpus().length;
});
const fronts: NginxFront[] = [];
try {
  if (!floor) throw new Error('the floor is measured before the processes start');
  const { nginx, servers } = cluster;
  const [a, b] = cluster.ports;
  // The same configuration both times; for one process both upstream lines name it.
  const one = await startNginx(nginx, ports.one, renderVitrineConf(ports.one, [a, a]));
  fronts.push(one);
  const two = await startNginx(nginx, ports.two, renderVitrineConf(ports.two, [a, b]));
  fronts.push(two);

  // Where the CPU goes during a phase, in cores: the whole machine, and each server process.
  const measured = async (url: string): Promise<Phase> => {
    const pids = servers.map((s) => s.process.pid);
    const before = pids.map(cpuOf);
    const [busy0, total0] = machineCpu();
    const load = await addToCartLoad(url, CLIENTS, SECONDS);
    const [busy1, total1] = machineCpu();
    const cores = os.cpus().length;
    const jiffies = ((total1 - total0) / cores);
    return { load, cores: { machine: ((busy1 - busy0) / (total1 - total0)) * cores, processes: pids.map((p, i) => (cpuOf(p) - before[i]!) / jiffies) } };
  };
  const phases: { one: Phase[]; two: Phase[] } = { one: [], two: [] };
  for (let round = 0; round < ROUNDS; round++) {
    phases.one.push(await measured(one.url));
    phases.two.push(await measured(two.url));
  }
  const runs = { one: phases.one.map((p) => p.load), two: phases.two.map((p) => p.load) };
  const rate = (rs: LoadResult[]) => rs.reduce((s, r) => s + r.ops, 0) / rs.reduce((s, r) => s + r.seconds, 0);
  const cpu = (ps: Phase[]) =>
    `    CPU in cores (mean of rounds): machine ${fmt(ps.reduce((s, p) => s + p.cores.machine, 0) / ps.length, 2)} of ${os.cpus().length}; ` +
    `server processes ${servers.map((_, i) => fmt(ps.reduce((s, p) => s + p.cores.processes[i]!, 0) / ps.length, 2)).join(' + ')}`;
  const row = (name: string, rs: LoadResult[]) =>
    `  ${name.padEnd(34)} ${fmt(rate(rs), 0).padStart(7)}/s  (rounds: ${rs.map((r) => fmt(r.perSecond, 0)).join(', ')})  p50 ${fmt(Math.max(...rs.map((r) => r.p50))).padStart(6)} ms  p99 ${fmt(Math.max(...rs.map((r) => r.p99))).padStart(6)} ms  errors ${rs.reduce((s, r) => s + r.errors, 0)}`;
  console.log(`  ${'floor: bare row update (direct)'.padEnd(34)} ${fmt(floor.perSecond, 0).padStart(7)}/s`);
  console.log(row('add to cart, nginx -> 1 process', runs.one));
  console.log(cpu(phases.one));
  console.log(row('add to cart, nginx -> 2 processes', runs.two));
  console.log(cpu(phases.two));
  console.log(`  two processes / one process: ${fmt(rate(runs.two) / rate(runs.one), 2)} (goal >= 1.7)`);
  console.log(`  one process / floor: ${fmt(rate(runs.one) / floor.perSecond, 3)} (goal >= 0.2)`);
  // What the machine itself allows. Two processes can at best use the cores one process left idle;
  // and when every phase fills the machine, throughput is the inverse of the CPU each operation costs.
  const cores = os.cpus().length;
  const machineOne = phases.one.reduce((s, p) => s + p.cores.machine, 0) / phases.one.length;
  const msPer = (busyCores: number, perSecond: number) => (busyCores / perSecond) * 1000;
  console.log(`  machine CPU per operation: add to cart ${fmt(msPer(machineOne, rate(runs.one)), 2)} ms (one process), bare update ${fmt(msPer(floorCores, floor.perSecond), 2)} ms (floor, ${fmt(floorCores, 2)} cores busy)`);
  console.log(`  ceiling for two processes / one on these ${cores} cores: ${fmt(cores / machineOne, 2)} (all cores / cores busy with one process)`);
  console.log(`  (load generator, nginx, both processes, PostgreSQL and Redis all share these ${os.cpus().length} cores)`);
} finally {
  await Promise.all(fronts.map((f) => f.stop()));
  await cluster.stop();
}
process.exit(0);
