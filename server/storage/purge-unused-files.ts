import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { products } from '../db/schema/commerce';
import { jobs } from '../db/schema/operations';
import type { FileStore } from './file-store';
import type { Product } from '../../shared/catalogue/product';

/** Where the model pipeline writes: uploads waiting for their job, finished models, posters. */
const PREFIXES = ['uploads/', 'models/', 'posters/'] as const;

/**
 * How long a file no product points at is kept: a page opened before a model was replaced may
 * still fetch the old URL (they are cached for a year, but a first fetch can come late), and an
 * upload waits for its job.
 */
export const UNUSED_FILE_GRACE_MS = 24 * 3600_000;

function urlsOf(p: Product): string[] {
  return [p.model.glb, p.model.usdz, p.thumbnail, ...p.variants.flatMap((v) => (v.model ? [v.model.glb, v.model.usdz] : []))].filter((u): u is string => !!u);
}

/**
 * Deletes stored model files, posters and uploads that nothing has used for the grace period: the
 * files of a replaced model, and the leftovers of failed jobs. A file is in use while a product or
 * variant (published or draft) points at it, or while an unfinished job will read it. The grace
 * counts from the first sweep that found the file unused (`unusedSince`, kept by the caller
 * between sweeps), and a file younger than the grace is never touched, so a model replaced during
 * a backup is still there when the backup copies the files.
 *
 * @example const unusedSince = new Map(); await purgeUnusedFiles(db, files, new Date(), unusedSince);
 */
export async function purgeUnusedFiles(db: Db, files: FileStore, now: Date, unusedSince: Map<string, number>, graceMs = UNUSED_FILE_GRACE_MS): Promise<{ deleted: string[] }> {
  const rows = await db.select({ data: products.data }).from(products);
  const used = new Set(rows.flatMap((r) => urlsOf(r.data)));
  const pending = await db.select({ payload: jobs.payload }).from(jobs).where(inArray(jobs.state, ['queued', 'running']));
  const pendingUploads = new Set(pending.map((j) => j.payload.uploadKey).filter((k): k is string => typeof k === 'string'));
  const deleted: string[] = [];
  const seen = new Set<string>();
  for (const prefix of PREFIXES) {
    for await (const f of files.list(prefix)) {
      seen.add(f.key);
      if (used.has(files.url(f.key)) || pendingUploads.has(f.key)) {
        unusedSince.delete(f.key);
        continue;
      }
      const since = unusedSince.get(f.key) ?? now.getTime();
      unusedSince.set(f.key, since);
      if (now.getTime() - since < graceMs || now.getTime() - f.modifiedAt.getTime() < graceMs) continue;
      await files.delete(f.key);
      unusedSince.delete(f.key);
      deleted.push(f.key);
    }
  }
  for (const key of unusedSince.keys()) if (!seen.has(key)) unusedSince.delete(key);
  return { deleted };
}
