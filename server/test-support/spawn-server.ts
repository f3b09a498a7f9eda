import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** The built server, when `npm run build` has made it. */
export const BUILT_SERVER = path.join(root, 'dist-server/main.js');

/**
 * Starts `server/main.ts` as a real separate process (as a second machine behind a load balancer
 * would run it) and waits until it listens; `built: true` runs `dist-server/main.js` instead, as
 * `npm start` does.
 *
 * @example const a = await spawnServer({ PORT: '4401', DATABASE_URL: url });
 */
export function spawnServer(env: Record<string, string>, timeoutMs = 60_000, opts: { built?: boolean } = {}): Promise<SpawnedServer> {
  return new Promise((resolve, reject) => {
    const args = opts.built ? ['--enable-source-maps', BUILT_SERVER] : ['--import', 'tsx', 'server/main.ts'];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', VITRINE_RATE_LIMIT: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const url = /Vitrine is open on (http:\/\/[^\s]+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          process: child,
          output: () => out,
          stop: () => new Promise<void>((r) => {
            if (child.exitCode !== null) return r();
            child.once('exit', () => r());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited with code ${code}:\n${out}`), { code, output: out }));
    });
  });
}
