import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { APP_ROOT } from '../app/app-root';

/** The repository's proxy configuration, the one the README tells operators to install. */
export const NGINX_CONF = path.join(APP_ROOT, 'deploy/nginx/vitrine.conf');

/** Response header the test rendering adds: which process (`127.0.0.1:<port>`) answered. */
export const UPSTREAM_HEADER = 'x-vitrine-upstream';

function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const bin = path.join(dir, 'nginx');
    try {
      fs.accessSync(bin, fs.constants.X_OK);
      return bin;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/**
 * The nginx binary for tests that run through the proxy, or undefined (with the reason printed)
 * when it is not installed; with VITRINE_REQUIRE_SERVICES=1 (CI) its absence is a failure.
 */
export function nginxAvailable(): string | undefined {
  const bin = findNginx();
  if (!bin) {
    const msg = 'nginx is not installed (Debian: apt-get install nginx)';
    if (process.env.VITRINE_REQUIRE_SERVICES === '1') throw new Error(`${msg}, and VITRINE_REQUIRE_SERVICES=1`);
    console.warn(`SKIPPING the nginx tests: ${msg}`);
  }
  return bin;
}

/** A port nothing listens on right now, for a process that must know its address before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * deploy/nginx/vitrine.conf with the test's ports: the store on 127.0.0.1:<port>, its two
 * processes where the test started them, plus a header naming the process that answered.
 * Fails if the file no longer has the lines it replaces, so the test always runs the real file.
 */
export function renderVitrineConf(port: number, processPorts: [number, number]): string {
  let conf = fs.readFileSync(NGINX_CONF, 'utf8');
  const swap = (from: RegExp, to: string) => {
    if (!from.test(conf)) throw new Error(`${NGINX_CONF} has no ${from}: update the test's rendering`);
    conf = conf.replace(from, to);
  };
  swap(/listen 8080;/, `listen 127.0.0.1:${port};`);
  swap(/127\.0\.0\.1:3001\b/g, `127.0.0.1:${processPorts[0]}`);
  swap(/127\.0\.0\.1:3002\b/g, `127.0.0.1:${processPorts[1]}`);
  swap(/^server \{$/m, `server {\n    add_header X-Vitrine-Upstream $upstream_addr always;`);
  return conf;
}

export interface NginxFront {
  url: string;
  dir: string;
  /** One line per finished request: `"<request line>" <status> <upstream address>`. */
  accessLog(): string;
  stop(): Promise<void>;
}

/**
 * nginx in the foreground with its own prefix, pid, temp and log paths in a temp folder, as the
 * current user, serving `siteConf` on 127.0.0.1:<port>.
 *
 * @example const front = await startNginx(bin, port, renderVitrineConf(port, [a, b]));
 */
export async function startNginx(bin: string, port: number, siteConf: string): Promise<NginxFront> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-nginx-'));
  fs.writeFileSync(path.join(dir, 'vitrine.conf'), siteConf);
  // The `user` directive only matters when nginx starts as root (as in CI containers): keep that user.
  const user = process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : '';
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    log_format upstreams '"$request" $status $upstream_addr';
    access_log ${dir}/access.log upstreams;
    client_body_temp_path ${dir}/client-body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/vitrine.conf;
}
`,
  );
  const child: ChildProcess = spawn(bin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const errorLog = () => fs.readFileSync(path.join(dir, 'error.log'), 'utf8');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${out}\n${fs.existsSync(path.join(dir, 'error.log')) ? errorLog() : ''}`);
    if (await listening(port)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    accessLog: () => fs.readFileSync(path.join(dir, 'access.log'), 'utf8'),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
