import { Router } from 'express';
import type { Services } from '../app/services';
import { parseInput } from '../http/parse-input';
import { notFound } from '../http/http-error';
import { SaveLayoutDraftRequestSchema } from '../../shared/store-layout/layout-api';
import { feedHubFor } from '../stores/feed-hub';
import { layoutTopic } from '../layouts/layout-changes';
import { listLayoutVersions, readLayoutVersion, readPublishedLayout } from '../layouts/layout-rows';
import { requireLayoutEditor } from '../layouts/store-scope';
import { saveLayoutDraft } from '../layouts/save-layout-draft';
import { publishLayout } from '../layouts/publish-layout';

/** Store layouts: the published one for visitors (and its live stream), versions for the back office. */
export function layoutRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  const publicStore = (storeId: string) => {
    const loc = s.catalogue.location(storeId);
    if (loc?.kind !== 'store') throw notFound('store');
  };

  r.get('/stores/:storeId/layout', async (req, res) => {
    const storeId = String(req.params.storeId);
    publicStore(storeId);
    const published = await readPublishedLayout(db, storeId);
    if (!published) throw notFound('published layout');
    res.json(published);
  });

  /** `event: layout` with the published layout, at once and whenever a new version is published. */
  r.get('/stores/:storeId/layout/events', async (req, res) => {
    const storeId = String(req.params.storeId);
    publicStore(storeId);
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    feedHubFor(s).open(res, layoutTopic(storeId), 'layout', async () => (await readPublishedLayout(db, storeId)) ?? null);
  });

  r.get('/admin/stores/:storeId/layouts', async (req, res) => {
    const { storeId } = requireLayoutEditor(s, req);
    res.json({ items: await listLayoutVersions(db, storeId) });
  });

  r.put('/admin/stores/:storeId/layouts/draft', async (req, res) => {
    const { p, storeId } = requireLayoutEditor(s, req);
    await s.limits.commands.consume(`layout:${p.userId}`);
    const body = parseInput(SaveLayoutDraftRequestSchema, req.body);
    res.json(await saveLayoutDraft(s, p, storeId, body.layout));
  });

  r.post('/admin/stores/:storeId/layouts/draft/publish', async (req, res) => {
    const { p, storeId } = requireLayoutEditor(s, req);
    await s.limits.commands.consume(`layout:${p.userId}`);
    res.json(await publishLayout(s, p, storeId));
  });

  r.get('/admin/stores/:storeId/layouts/:version', async (req, res) => {
    const { storeId } = requireLayoutEditor(s, req);
    const version = Number(req.params.version);
    const found = Number.isInteger(version) && version > 0 && version < 2 ** 31 ? await readLayoutVersion(db, storeId, version) : undefined;
    if (!found) throw notFound('layout version');
    res.json(found);
  });

  return r;
}
