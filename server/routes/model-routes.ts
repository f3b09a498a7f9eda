import express, { Router } from 'express';
import type { Services } from '../app/services';
import { requirePrincipal } from '../http/principal';
import { parseInput } from '../http/parse-input';
import { HttpError, notFound } from '../http/http-error';
import { createRateLimit } from '../http/rate-limit';
import { MODEL_LIMITS } from '../models/model-limits';
import { startModelUpload } from '../models/start-model-upload';
import { MODEL_UPLOAD_TYPES, ModelUploadQuerySchema } from '../../shared/http/model-upload-schemas';

const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/** The merchant's 3D model upload: the bytes are kept and processed by a `model.process` job. */
export function modelRoutes(s: Services): Router {
  const r = Router();
  const uploads = createRateLimit({ points: 30, durationSeconds: 3600, enabled: s.config.rateLimit, what: 'model uploads' });
  const max = MODEL_LIMITS.maxUploadBytes;

  r.put(
    '/admin/products/:id/model',
    async (req, _res, next) => {
      const me = requirePrincipal(req, 'admin');
      await uploads.consume(`model:${me.userId}`);
      const q = parseInput(ModelUploadQuerySchema, req.query, 'query');
      const type = mediaType(req.get('content-type'));
      if (!(MODEL_UPLOAD_TYPES as readonly string[]).includes(type))
        throw new HttpError(415, 'unsupported_media_type', `send the model as model/gltf-binary (a .glb) or application/zip (a .gltf with its files), not "${type || 'no content type'}"`);
      const length = Number(req.get('content-length') ?? 0);
      if (length > max) throw new HttpError(413, 'payload_too_large', `the model is ${mib(length)}; at most ${mib(max)} can be uploaded`);
      const product = s.catalogue.anyProduct(String(req.params.id));
      if (!product) throw notFound('product');
      if (q.variant && !product.variants.some((v) => v.id === q.variant)) throw notFound(`variant "${q.variant}" of this product`);
      next();
    },
    express.raw({ type: () => true, limit: max }),
    async (req, res) => {
      const me = requirePrincipal(req, 'admin');
      const q = parseInput(ModelUploadQuerySchema, req.query, 'query');
      const body: unknown = req.body;
      if (!Buffer.isBuffer(body) || !body.length) throw new HttpError(422, 'invalid', 'the request body is empty: send the model file');
      // The first handler refused any other type.
      const contentType = mediaType(req.get('content-type')) as (typeof MODEL_UPLOAD_TYPES)[number];
      const jobId = await startModelUpload(s, me, { productId: String(req.params.id), variantId: q.variant, body: new Uint8Array(body.buffer, body.byteOffset, body.length), contentType });
      res.status(202).json({ jobId });
    },
  );

  return r;
}

/** A Content-Type header's media type, without its parameters: `"Model/GLTF-Binary; x=1"` → `"model/gltf-binary"`. */
function mediaType(header: string | undefined): string {
  const [type = ''] = (header ?? '').split(';');
  return type.trim().toLowerCase();
}
