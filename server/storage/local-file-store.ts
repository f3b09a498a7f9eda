import fs from 'node:fs/promises';
import path from 'node:path';
import { assertSafeKey, contentTypeOf, type FileStore } from './file-store';

/**
 * Files in a folder (by default `<data dir>/files`), served by this server at `/files/<key>`.
 * Writes go to a temporary name first, so a reader never sees half a file.
 *
 * @example const files = createLocalFileStore('/var/vitrine/files');
 */
export function createLocalFileStore(root: string, publicBase = '/files'): FileStore {
  const full = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    kind: 'local',
    async put(key, body) {
      const file = full(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, body);
      await fs.rename(tmp, file);
    },
    async get(key) {
      const body = await fs.readFile(full(key)).catch(missing);
      return body ? { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), size: body.byteLength, contentType: contentTypeOf(key) } : undefined;
    },
    async stat(key) {
      const st = await fs.stat(full(key)).catch(missing);
      return st?.isFile() ? { size: st.size, contentType: contentTypeOf(key) } : undefined;
    },
    async delete(key) {
      await fs.rm(full(key), { force: true });
    },
    async *list(prefix) {
      const top = path.join(root, prefix);
      const entries = await fs.readdir(top, { recursive: true, withFileTypes: true }).catch(missing);
      for (const e of entries ?? []) {
        // Files still being written keep their temporary name: not listed until they are whole.
        if (!e.isFile() || e.name.endsWith('.tmp')) continue;
        const file = path.join(e.parentPath, e.name);
        const st = await fs.stat(file).catch(missing);
        if (st) yield { key: path.relative(root, file).split(path.sep).join('/'), modifiedAt: st.mtime };
      }
    },
    url(key) {
      assertSafeKey(key);
      return `${publicBase}/${key}`;
    },
  };
}

function missing(e: NodeJS.ErrnoException): undefined {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
  throw e;
}
