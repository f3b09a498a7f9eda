import { z } from 'zod';
import path from 'node:path';
import type { S3Options } from './storage/s3-file-store';
import { APP_ROOT } from './app/app-root';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  VITRINE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  VITRINE_RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  /** Live event streams one process holds at most; beyond it a new one is sent elsewhere (503). */
  VITRINE_MAX_STREAMS: z.coerce.number().int().min(1).default(5000),
  /** Lets a scraper off this machine read /metrics with `Authorization: Bearer <token>`; local callers need none. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Shared by every process of one deployment; when unset it is generated once and kept in the database. */
  VITRINE_JWT_SECRET: z.string().min(32).optional(),
  /** Where this process can be reached by its peers, for Colyseus seat reservations across processes. */
  VITRINE_PUBLIC_ADDRESS: z.string().optional(),
  /** Public origin used in QR codes and share links (e.g. https://shop.example); defaults to the request's origin. */
  VITRINE_PUBLIC_URL: z.string().url().optional(),
  /** Uploaded and generated files (merchant models, posters) in an S3-compatible bucket instead of `<data dir>/files`. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  /** Public base URL of the bucket or its CDN; unset: files are relayed by this server at /files/. */
  S3_PUBLIC_URL: z.string().url().optional(),
  /**
   * Proxies whose X-Forwarded-* headers are believed: comma-separated addresses, subnets or
   * Express keywords (`loopback`, `linklocal`, `uniquelocal`); `none` believes no one.
   */
  VITRINE_TRUST_PROXY: z.string().default('loopback'),
  /** Sends e-mail over SMTP (smtp://user:pass@host:587, smtps://…); unset: every message stays in the outbox. */
  SMTP_URL: z.string().url().optional(),
  /** The From of every e-mail. */
  MAIL_FROM: z.string().min(3).default('Vitrine <no-reply@vitrine.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type FileStoreConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Options);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  rateLimit: boolean;
  /** Open event streams this process accepts at most (every route and user together). */
  maxStreams: number;
  /** How often open streams and room seats have their session checked again (15 s unless a test says). */
  sessionCheckMs?: number;
  /** Bearer token for /metrics from other machines (see observability/metrics-access.ts). */
  metricsToken?: string;
  jwtSecret?: string;
  publicAddress?: string;
  publicUrl?: string;
  /** Express `trust proxy` list: whose X-Forwarded-For/-Proto/-Host count. Empty trusts no one. */
  trustProxy: string[];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** E-mail: SMTP when a URL is given, else the outbox only. */
  mail: { smtpUrl?: string; from: string };
  /** Where uploaded and generated files go: `<dataDir>/files` unless a bucket is configured. */
  files: FileStoreConfig;
  /** Built client to serve; absent in API-only tests. */
  clientDir?: string;
  /** Seed the demo catalogue, stores and accounts into an empty database. */
  seed: boolean;
}

/** Reads the environment once at start-up; a bad value stops the process with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.VITRINE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    rateLimit: e.VITRINE_RATE_LIMIT === 'on',
    maxStreams: e.VITRINE_MAX_STREAMS,
    metricsToken: e.METRICS_TOKEN,
    jwtSecret: e.VITRINE_JWT_SECRET,
    publicAddress: e.VITRINE_PUBLIC_ADDRESS,
    publicUrl: e.VITRINE_PUBLIC_URL,
    trustProxy: trustedProxies(e.VITRINE_TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    files: e.S3_BUCKET
      ? {
          kind: 's3', bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true', publicUrl: e.S3_PUBLIC_URL,
        }
      : { kind: 'local', dir: path.join(path.resolve(e.VITRINE_DATA_DIR), 'files') },
    clientDir: path.join(APP_ROOT, 'dist'),
    seed: true,
  };
}

/** @example trustedProxies('loopback, 10.0.0.0/8') // ['loopback', '10.0.0.0/8']; trustedProxies('none') // [] */
export function trustedProxies(value: string): string[] {
  const items = value.split(',').map((x) => x.trim()).filter(Boolean);
  return items.length === 1 && items[0] === 'none' ? [] : items;
}
