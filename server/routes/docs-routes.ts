import { Router } from 'express';
import type { Services } from '../app/services';
import { buildOpenApiDocument } from '../openapi/openapi-document';
import { renderOpenApiPage } from '../openapi/openapi-page';

export function docsRoutes(_s: Services): Router {
  const r = Router();
  const doc = buildOpenApiDocument();
  const page = renderOpenApiPage(doc as Parameters<typeof renderOpenApiPage>[0]);
  r.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  r.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return r;
}
