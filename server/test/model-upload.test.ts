import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import { boxGlb } from '../models/model-fixtures';
import { auditLog } from '../db/schema/operations';
import { ModelJobResultSchema } from '../../shared/http/model-upload-schemas';
import type { Product } from '../../shared/catalogue/product';
import { present } from '../test-support/present';

const PRODUCT = 'chair-mora';

describe('merchant model upload over HTTP (embedded database)', () => {
  let t: TestServer;
  let admin: TestClient;
  let before: Product;

  beforeAll(async () => {
    t = await startTestServer('embedded');
    admin = await t.login('admin@vitrine.demo');
    before = (await admin.get<Product>(`/api/products/${PRODUCT}`)).body;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const upload = (body: Uint8Array, query = '', type = 'model/gltf-binary', who: TestClient = admin) =>
    fetch(`${t.url}/api/admin/products/${PRODUCT}/model${query}`, {
      method: 'PUT',
      headers: { 'content-type': type, ...(who.token ? { authorization: `Bearer ${who.token}` } : {}) },
      body: body as Uint8Array<ArrayBuffer>,
    });

  async function finished(jobId: string) {
    await t.server.services.jobs.idle();
    return (await t.server.services.jobs.get(jobId))!;
  }

  it('uploads a chair made in centimetres; once the job succeeds the product serves the new model, cached as immutable', async () => {
    const { w, h, d } = before.dimensionsM;
    const res = await upload(await boxGlb({ size: [w * 100, h * 100, d * 100], textured: true }));
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const job = await finished(jobId);
    expect(job.state, JSON.stringify(job.errors)).toBe('succeeded');
    expect(job.kind).toBe('model.process');
    expect(job.messages).toContain('The model was in centimetres: scaled by 0.01 to metres.');
    expect(job.messageTexts).toContainEqual({ fr: "Le modèle était en centimètres : mis à l'échelle 0,01 pour passer en mètres.", en: 'The model was in centimetres: scaled by 0.01 to metres.' });
    expect(job.messageTexts).toContainEqual({ fr: 'Ouverture du fichier envoyé', en: 'Unpacking the upload' });
    const result = ModelJobResultSchema.parse(job.result);
    expect(result.model.glb).toMatch(new RegExp(`^/files/models/${PRODUCT}/[0-9a-f]{20}\\.glb$`));
    expect(result.report.unit).toBe('centimetres');

    const product = (await admin.get<Product>(`/api/products/${PRODUCT}`)).body;
    expect(product.model).toEqual(result.model);
    expect(product.thumbnail).toBe(result.thumbnail);

    for (const [url, type] of [[result.model.glb, 'model/gltf-binary'], [result.model.usdz, 'model/vnd.usdz+zip'], [result.thumbnail, 'image/webp']]) {
      const file = await fetch(t.url + url);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain(type);
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const audit = await t.server.services.database.db.select().from(auditLog).where(eq(auditLog.targetId, PRODUCT));
    expect(audit.map((a) => a.action)).toContain('product.model_replaced');
  });

  it('a model of the wrong size fails the job naming the dimension, and the product keeps its model', async () => {
    const current = (await admin.get<Product>(`/api/products/${PRODUCT}`)).body.model;
    const { w, h, d } = before.dimensionsM;
    const res = await upload(await boxGlb({ size: [w, h * 1.5, d] }));
    const job = await finished(((await res.json()) as { jobId: string }).jobId);
    expect(job.state).toBe('failed');
    expect(job.errors[0]?.message).toMatch(/^height is .* where the product says/);
    expect(job.errors[0]?.text?.fr).toMatch(/^la hauteur mesure .* alors que le produit indique/);
    expect(job.messageTexts?.at(-1)?.fr).toMatch(/^La taille du modèle ne correspond pas au produit/);
    expect((await admin.get<Product>(`/api/products/${PRODUCT}`)).body.model).toEqual(current);
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  });

  it('a corrupt file fails its job; the server stays up', async () => {
    const res = await upload(new TextEncoder().encode('glTF but not really a binary glTF file'));
    const job = await finished(((await res.json()) as { jobId: string }).jobId);
    expect(job.state).toBe('failed');
    expect(job.errors.length).toBeGreaterThan(0);
    expect(job.errors[0]?.text).toEqual({ fr: expect.stringMatching(/^Erreur du validateur glTF GLB_INVALID_VERSION/), en: job.errors[0]?.message });
    expect(job.messageTexts?.at(-1)?.fr).toMatch(/^Le modèle n'est pas du glTF valide \(1 erreur\)/);
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  });

  it("a variant's own model goes on that variant only", async () => {
    const variant = present(before.variants[1], 'a second variant');
    const { w, h, d } = before.dimensionsM;
    const res = await upload(await boxGlb({ size: [w, h, d] }), `?variant=${variant.id}`);
    expect(res.status).toBe(202);
    const job = await finished(((await res.json()) as { jobId: string }).jobId);
    expect(job.state, JSON.stringify(job.errors)).toBe('succeeded');
    const product = (await admin.get<Product>(`/api/products/${PRODUCT}`)).body;
    expect(product.variants.find((v) => v.id === variant.id)?.model).toEqual((job.result as { model: unknown }).model);
    expect(present(product.variants[0], 'a first variant').model).toBeUndefined();
    expect((await upload(await boxGlb({ size: [w, h, d] }), '?variant=no-such-variant')).status).toBe(404);
  });

  it('refuses non-admins, other content types, unknown products and oversized bodies before reading them', async () => {
    const glb = await boxGlb({ size: [0.1, 0.1, 0.1] });
    expect((await upload(glb, '', 'model/gltf-binary', t.anonymous())).status).toBe(401);
    const camille = await t.login('camille@vitrine.demo');
    expect((await upload(glb, '', 'model/gltf-binary', camille)).status).toBe(403);
    const wrongType = await upload(glb, '', 'image/png');
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { error: string }).error).toBe('unsupported_media_type');
    const unknown = await fetch(`${t.url}/api/admin/products/nope/model`, { method: 'PUT', headers: { 'content-type': 'model/gltf-binary', authorization: `Bearer ${admin.token}` }, body: glb as Uint8Array<ArrayBuffer> });
    expect(unknown.status).toBe(404);

    // Announces 200 MiB and sends nothing: the answer must come from the header alone.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${t.url}/api/admin/products/${PRODUCT}/model`, {
        method: 'PUT',
        headers: { 'content-type': 'application/zip', 'content-length': String(200 * 1024 * 1024), authorization: `Bearer ${admin.token}` },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body: text });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/200 MiB; at most 100 MiB/) });
  });
});
