import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already in use by process ${pid}. ` +
        'Embedded mode serves one process only: stop that process, use another VITRINE_DATA_DIR, ' +
        'or set DATABASE_URL to share a PostgreSQL database between processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** A takeover lock older than this was left by a process that died in the middle of one (it lasts microseconds). */
const STALE_TAKEOVER_MS = 10_000;
const MAX_ATTEMPTS = 200;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started (Linux: field 22 of /proc/<pid>/stat, with the boot it belongs to), so a
 * lock left by a killed process is not mistaken for a live one when another process got its pid:
 * after a crash and a restart in a container, pids come out the same. Undefined without /proc.
 */
function startOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return started ? `${boot}/${started}` : undefined;
  } catch {
    return undefined;
  }
}

/** What a lock file says: the holder's pid, and when it started where that is known. */
function identity(pid: number): string {
  const start = startOf(pid);
  return start ? `${pid} ${start}` : String(pid);
}

/** Whether the holder a lock file names is a live process other than this one. */
function heldByAnother(holder: string): number | undefined {
  const [pidText, start] = holder.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return undefined;
  if (start && startOf(pid) !== undefined && startOf(pid) !== start) return undefined;
  return pid;
}

/** The content of a lock file; undefined when the file is gone. */
function holderOf(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Creates `file` holding our pid, or fails if it exists. A hard link of a file already written is
 * atomic and never leaves an empty lock for a contender to misread as stale (as `open('wx')` then
 * `write` would).
 */
function createExclusive(ours: string, file: string): boolean {
  try {
    fs.linkSync(ours, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
  }
  // A file system without hard links: still an exclusive create, written at once.
  try {
    fs.writeFileSync(file, fs.readFileSync(ours), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes the data folder for this process. PGlite has no lock of its own, and two processes on
 * one folder silently lose writes, so a second process is refused rather than let in.
 * A lock left by a process that has died (or whose pid another process now has) is taken over, by one contender only: removing the stale
 * lock needs a second, exclusive takeover lock, and whoever holds it checks again that the lock is
 * still the dead one before removing it; then everyone races for the lock itself, which only one
 * exclusive create can win.
 *
 * @example const release = lockDataDir('./data'); ... release();
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'vitrine.lock');
  const takeover = `${file}.takeover`;
  const ours = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const me = identity(process.pid);
  fs.writeFileSync(ours, me);
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (createExclusive(ours, file)) return releaser(file, me);
      const holder = holderOf(file);
      if (holder === undefined) continue;
      const live = heldByAnother(holder);
      if (live !== undefined) throw new DataDirLockedError(dir, live);
      if (createExclusive(ours, takeover)) {
        try {
          // Only the takeover holder removes a lock, so what is read here stays until it does.
          if (holderOf(file) === holder) fs.unlinkSync(file);
        } finally {
          fs.unlinkSync(takeover);
        }
        continue;
      }
      // Someone else is taking over: wait for them, unless they died doing it.
      try {
        if (Date.now() - fs.statSync(takeover).mtimeMs > STALE_TAKEOVER_MS) fs.unlinkSync(takeover);
      } catch {
        // Gone meanwhile: the takeover finished.
      }
      pause(5);
    }
  } finally {
    fs.rmSync(ours, { force: true });
  }
  throw new Error(`could not lock ${dir}`);
}

function releaser(file: string, me: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      if (fs.readFileSync(file, 'utf8') === me) fs.unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
