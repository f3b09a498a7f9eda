import type { FileStoreConfig } from '../config';
import type { FileStore } from './file-store';
import { createLocalFileStore } from './local-file-store';
import { createS3FileStore } from './s3-file-store';

/** The configured file store: a bucket when `S3_BUCKET` is set, else `<data dir>/files`. */
export function openFileStore(c: FileStoreConfig): FileStore {
  return c.kind === 's3' ? createS3FileStore(c) : createLocalFileStore(c.dir);
}
