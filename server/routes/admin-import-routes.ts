import express, { Router, type Request } from 'express';
import type { Services } from '../app/services';
import { requirePrincipal } from '../http/principal';
import { parseInput } from '../http/parse-input';
import { HttpError, forbidden, notFound } from '../http/http-error';
import { decodeCsvBytes } from '../../shared/csv/decode-csv-bytes';
import { ImportQuerySchema, JobListQuerySchema, StockExportQuerySchema } from '../../shared/http/admin-import-schemas';
import { planProductImport } from '../imports/plan-product-import';
import { mayChangeLocation, planStockImport } from '../imports/plan-stock-import';
import { IMPORT_PRODUCTS_JOB } from '../imports/import-products-job';
import { IMPORT_STOCK_JOB } from '../imports/import-stock-job';
import { exportProductsCsv, exportStockCsv } from '../imports/export-csv';
import { listJobs, maySeeJob, readJob } from '../jobs/list-jobs';

/** The largest CSV accepted: a catalogue of tens of thousands of rows. */
export const CSV_LIMIT = '20mb';

const rawCsv = express.raw({ type: ['text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.ms-excel'], limit: CSV_LIMIT });

/** Reads the file; beyond the limit, a 413 that says what the limit is. */
const csvBody: express.RequestHandler = (req, res, next) => {
  rawCsv(req, res, (err?: unknown) => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      return next(new HttpError(413, 'payload_too_large', `the CSV file is larger than ${CSV_LIMIT.replace('mb', ' MB')}; split it into smaller files`));
    }
    next(err);
  });
};

/** The uploaded file as text, whatever Excel saved it as. */
function csvText(req: Request): string {
  if (!Buffer.isBuffer(req.body) || !req.body.length) {
    throw new HttpError(422, 'invalid', 'send the CSV file as the request body with Content-Type text/csv');
  }
  const text = decodeCsvBytes(req.body);
  if (text.includes('\u0000')) throw new HttpError(400, 'invalid_text', 'the file holds NUL characters: is it really a CSV file?');
  return text;
}

const isDryRun = (req: Request) => ['1', 'true'].includes(parseInput(ImportQuerySchema, req.query, 'query').dryRun ?? '');

function attachment(res: express.Response, name: string, csv: string): void {
  res.type('text/csv; charset=utf-8').set('content-disposition', `attachment; filename="${name}"`);
  // A byte-order mark so Excel reads the accents as UTF-8.
  res.send(`\uFEFF${csv}`);
}

/** Back office: CSV imports (preview or queued job), exports, and the jobs that run them. */
export function adminImportRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.post('/admin/imports/products', csvBody, async (req, res) => {
    const actor = requirePrincipal(req, 'admin');
    const dryRun = isDryRun(req);
    const csv = csvText(req);
    if (dryRun) {
      const { preview, errors } = await planProductImport(db, csv);
      return void res.json({ preview, errors });
    }
    res.status(202).json({ jobId: await s.jobs.enqueue(IMPORT_PRODUCTS_JOB, { csv, actor }, { createdBy: actor.userId, maxAttempts: 2 }) });
  });

  r.post('/admin/imports/stock', csvBody, async (req, res) => {
    const actor = requirePrincipal(req, 'admin', 'manager');
    const dryRun = isDryRun(req);
    const csv = csvText(req);
    const plan = await planStockImport(db, s.catalogue, actor, csv);
    if (plan.outOfScope.length) throw forbidden(`managers change their own store's stock only; the file names ${plan.outOfScope.join(', ')}`);
    if (dryRun) return void res.json({ preview: plan.preview, errors: plan.errors });
    res.status(202).json({ jobId: await s.jobs.enqueue(IMPORT_STOCK_JOB, { csv, actor }, { createdBy: actor.userId, maxAttempts: 2 }) });
  });

  r.get('/admin/exports/products', async (req, res) => {
    requirePrincipal(req, 'admin', 'manager');
    attachment(res, 'products.csv', await exportProductsCsv(db));
  });

  r.get('/admin/exports/stock', async (req, res) => {
    const actor = requirePrincipal(req, 'admin', 'manager');
    const { locationId } = parseInput(StockExportQuerySchema, req.query, 'query');
    if (!s.catalogue.location(locationId)) throw notFound('location');
    if (!mayChangeLocation(actor, locationId)) throw forbidden("managers export their own store's stock only");
    attachment(res, `stock-${locationId}.csv`, await exportStockCsv(db, locationId));
  });

  r.get('/admin/jobs', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    res.json({ items: await listJobs(db, p, parseInput(JobListQuerySchema, req.query, 'query')) });
  });

  r.get('/admin/jobs/:id', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    const found = await readJob(db, String(req.params.id));
    // Another's job answers 404 like a missing one: its id tells nothing.
    if (!found || !maySeeJob(p, found.createdBy)) throw notFound('job');
    res.json(found.job);
  });

  return r;
}
