import { createHash } from 'node:crypto';

/** What a store knows about one stored file. */
export interface FileInfo {
  size: number;
  contentType: string;
}

/** A key as listed, with when it was written. */
export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

/**
 * Where uploaded and generated files (merchant models, posters) live, by key: a folder under the
 * data directory or an S3-compatible bucket. Keys are content-hashed by `contentKey`, so a key
 * never changes meaning and every file can be cached for a year.
 *
 * @example const key = contentKey('models/sofa', glb, 'glb'); await files.put(key, glb); files.url(key);
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, body: Uint8Array, contentType?: string): Promise<void>;
  get(key: string): Promise<(FileInfo & { body: Uint8Array }) | undefined>;
  stat(key: string): Promise<FileInfo | undefined>;
  delete(key: string): Promise<void>;
  /** Every stored key under a prefix (`models/`), with when it was written. */
  list(prefix: string): AsyncIterable<StoredFile>;
  /** The URL clients fetch the file from (same-origin `/files/<key>` unless a public base is set). */
  url(key: string): string;
}

/** Served with every stored file: a key names one content forever, so clients may keep it. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const TYPES: Record<string, string> = {
  glb: 'model/gltf-binary',
  usdz: 'model/vnd.usdz+zip',
  webp: 'image/webp',
  png: 'image/png',
  zip: 'application/zip',
  json: 'application/json',
};

/** The content type for a key's extension; `application/octet-stream` when unknown. */
export function contentTypeOf(key: string): string {
  return TYPES[key.slice(key.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * `<prefix>/<first 20 hex of sha-256>.<ext>`: replacing a model gives it a new URL, so nobody
 * sees a stale copy from a cache.
 *
 * @example contentKey('models/sofa-oslo-3', bytes, 'glb') // 'models/sofa-oslo-3/3f2a...c1.glb'
 */
export function contentKey(prefix: string, body: Uint8Array, ext: string): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 20);
  return `${prefix}/${hash}.${ext}`;
}

/** Keys are relative paths of safe segments; anything else is refused before it reaches a disk or bucket. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(key) || key.split('/').some((s) => s === '..' || s === '.'))
    throw new Error(`file store: unsafe key ${JSON.stringify(key)}`);
}
