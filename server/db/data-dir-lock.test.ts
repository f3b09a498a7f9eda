import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const contender = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test', 'lock-contender.ts');
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The id of a process that has exited: what a crashed server leaves in its lock file. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

/**
 * Starts `n` contender processes; once every one is up, each folder in turn is raced for by all of
 * them at the same moment. Answers what each contender got, folder by folder.
 */
async function race(n: number, folders: string[]): Promise<string[][]> {
  const children = Array.from({ length: n }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', contender], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let waiting: (() => void) | undefined;
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d;
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      waiting?.();
    });
    child.stderr.on('data', (d) => lines.push(`stderr: ${d}`));
    const line = (i: number) => new Promise<string>((resolve, reject) => {
      const check = () => {
        const got = lines[i];
        return got !== undefined ? resolve(got) : child.exitCode !== null ? reject(new Error(lines.join(' '))) : undefined;
      };
      waiting = check;
      child.on('exit', check);
      check();
    });
    return { child, line };
  });
  try {
    for (const c of children) expect(await c.line(0)).toBe('ready');
    const rounds: string[][] = [];
    for (const [i, dir] of folders.entries()) {
      const startAt = Date.now() + 50;
      for (const c of children) c.child.stdin.write(`${dir} ${startAt}\n`);
      const outcomes: string[] = [];
      for (const c of children) outcomes.push(await c.line(i + 1));
      rounds.push(outcomes);
    }
    return rounds;
  } finally {
    for (const c of children) c.child.stdin.end();
  }
}

describe('data folder lock', () => {
  it('refuses a second holder while the first lives, and lets it in once released', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    const ours = fs.readFileSync(path.join(dir, 'vitrine.lock'), 'utf8');
    fs.writeFileSync(path.join(dir, 'vitrine.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    fs.writeFileSync(path.join(dir, 'vitrine.lock'), ours);
    release();
    expect(fs.existsSync(path.join(dir, 'vitrine.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a dead process', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'vitrine.lock'), String(deadPid()));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'vitrine.lock'), 'utf8').split(' ')[0]).toBe(String(process.pid));
    release();
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('takes over a lock whose pid a process started since has been given (a restart after a crash)', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'vitrine.lock');
    // The parent is alive, but not the process that wrote this: it started at another time.
    fs.writeFileSync(lock, `${process.ppid} 00000000-0000-0000-0000-000000000000/1`);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lock, 'utf8').split(' ')[0]).toBe(String(process.pid));
    release();
  });

  it('lets exactly one of many processes started at the same moment take a stale lock, or a free folder', async () => {
    const stale = Array.from({ length: 15 }, () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'vitrine.lock'), String(deadPid()));
      return dir;
    });
    const free = Array.from({ length: 5 }, () => tempDir());
    const rounds = await race(12, [...stale, ...free]);
    const winners = rounds.map((outcomes) => outcomes.filter((o) => o === 'won').length);
    expect(winners, `winners per folder (15 stale, then 5 free): ${winners.join(' ')}`).toEqual(rounds.map(() => 1));
    for (const outcomes of rounds) expect(outcomes.filter((o) => o === 'refused'), outcomes.join(', ')).toHaveLength(11);
  }, 60_000);
});
