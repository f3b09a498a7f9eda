import { describe, expect, it } from 'vitest';
import { zipSync, unzipSync } from 'fflate';
import { getBounds } from '@gltf-transform/functions';
import { JobFailure } from '../jobs/job-failure';
import { buildModelFiles } from './build-model-files';
import { boxGlb, boxZip, pngBytes } from './model-fixtures';
import { modelIo } from './model-io';
import { countTriangles } from './count-triangles';
import { unpackModel } from './unpack-model';

const chair = { id: 'chair-test', dimensionsM: { w: 0.45, h: 0.8, d: 0.5 }, placement: 'floor' as const };
const mirror = { id: 'mirror-test', dimensionsM: { w: 0.6, h: 0.9, d: 0.04 }, placement: 'wall' as const };

async function failureOf(p: Promise<unknown>): Promise<JobFailure> {
  const e = await p.then(() => undefined, (err) => err);
  expect(e).toBeInstanceOf(JobFailure);
  return e as JobFailure;
}

async function boundsOf(glb: Uint8Array) {
  const doc = await (await modelIo()).readBinary(glb);
  return { ...getBounds(doc.getRoot().getDefaultScene()!), triangles: countTriangles(doc), doc };
}

describe('buildModelFiles', () => {
  it('corrects a chair modelled in centimetres, bakes its node transforms and stands it on the floor', async () => {
    const body = await boxGlb({ size: [45, 80, 50], parentScale: 4, textured: true });
    const messages: string[] = [];
    const out = await buildModelFiles(body, 'model/gltf-binary', chair, async (_f, m) => void (m && messages.push(m.en)));
    expect(out.report.unit).toBe('centimetres');
    expect(messages).toContain('The model was in centimetres: scaled by 0.01 to metres.');
    const { min, max, doc } = await boundsOf(out.glb);
    expect(max[0] - min[0]).toBeCloseTo(0.45, 2);
    expect(max[1] - min[1]).toBeCloseTo(0.8, 2);
    expect(max[2] - min[2]).toBeCloseTo(0.5, 2);
    expect(min[1]).toBeCloseTo(0, 3);
    expect((min[0] + max[0]) / 2).toBeCloseTo(0, 3);
    expect((min[2] + max[2]) / 2).toBeCloseTo(0, 3);
    expect(doc.getRoot().listExtensionsUsed().map((e) => e.extensionName)).toContain('EXT_meshopt_compression');
    expect(doc.getRoot().listTextures()[0]?.getMimeType()).toBe('image/webp');
    // USDZ: a zip with a USD stage in metres and Y up; poster: a WebP.
    const usda = new TextDecoder().decode(Object.entries(unzipSync(out.usdz)).find(([n]) => n.endsWith('.usda'))![1]);
    expect(usda).toMatch(/metersPerUnit = 1/);
    expect(usda).toMatch(/upAxis = "Y"/);
    expect(new TextDecoder().decode(out.poster.subarray(8, 12))).toBe('WEBP');
  });

  it('turns a Z-up export to Y-up', async () => {
    const out = await buildModelFiles(await boxGlb({ size: [0.45, 0.5, 0.8] }), 'model/gltf-binary', chair);
    expect(out.report.upAxis).toBe('z');
    const { min, max } = await boundsOf(out.glb);
    expect(max[1] - min[1]).toBeCloseTo(0.8, 2);
    expect(max[2] - min[2]).toBeCloseTo(0.5, 2);
  });

  it('puts a wall item with its back on z = 0, centred in x and y', async () => {
    const out = await buildModelFiles(await boxGlb({ size: [0.6, 0.9, 0.04] }), 'model/gltf-binary', mirror);
    const { min, max } = await boundsOf(out.glb);
    expect(min[2]).toBeCloseTo(0, 3);
    expect((min[1] + max[1]) / 2).toBeCloseTo(0, 3);
  });

  it('refuses a model of the wrong size, naming the dimension and by how much', async () => {
    const e = await failureOf(buildModelFiles(await boxGlb({ size: [0.45, 1.1, 0.5] }), 'model/gltf-binary', chair));
    expect(e.message).toMatch(/height is 110\.0 cm where the product says 80\.0 cm \(\+30\.0 cm, 38 %\)/);
  });

  it('fails a corrupt GLB with the validator\'s first error', async () => {
    const glb = await boxGlb({ size: [0.45, 0.8, 0.5] });
    const broken = glb.slice(0, Math.floor(glb.length * 0.6));
    const e = await failureOf(buildModelFiles(broken, 'model/gltf-binary', chair));
    expect(e.message).toMatch(/not valid glTF/);
    expect(e.errors[0]?.message).toMatch(/^[A-Z_]+: /);
  });

  it('refuses a file that is not a GLB at all', async () => {
    const e = await failureOf(buildModelFiles(new TextEncoder().encode('hello, not a model'), 'model/gltf-binary', chair));
    expect(e.message).toMatch(/not a GLB/);
  });

  it('reads a zip of glTF + bin + texture', async () => {
    const out = await buildModelFiles(await boxZip({ size: [0.45, 0.8, 0.5], textured: true }), 'application/zip', chair);
    expect(out.report.unit).toBe('metres');
  });

  it('refuses a texture that is not an image', async () => {
    const e = await failureOf(buildModelFiles(await boxZip({ size: [0.45, 0.8, 0.5], texture: new TextEncoder().encode('#!/bin/sh\necho pwned\n') }), 'application/zip', chair));
    expect(e.message).toMatch(/texture "grain.png" is not a PNG, JPEG or WebP image/);
  });

  it('simplifies a heavy model to at most 50,000 triangles', async () => {
    const body = await boxGlb({ size: [0.45, 0.8, 0.5], subdivisions: 70 }); // 58,800 triangles
    const out = await buildModelFiles(body, 'model/gltf-binary', chair);
    expect(out.report.trianglesIn).toBe(58_800);
    expect(out.report.triangles).toBeLessThanOrEqual(50_000);
    expect((await boundsOf(out.glb)).triangles).toBe(out.report.triangles);
  });
});

describe('unpackModel (zip)', () => {
  it('refuses ../ paths before extracting anything', async () => {
    const zip = zipSync({ 'model.gltf': new TextEncoder().encode('{}'), '../../etc/cron.d/x': new Uint8Array(4) });
    expect(() => unpackModel(zip, 'application/zip')).toThrow(/path outside itself: "\.\.\/\.\.\/etc\/cron\.d\/x"/);
  });

  it('refuses a glTF that points outside its zip', async () => {
    const zip = await boxZip({ size: [0.45, 0.8, 0.5] }, (json) => {
      json.buffers[0].uri = '../secret.bin';
    });
    expect(() => unpackModel(zip, 'application/zip')).toThrow(/points outside its zip: "\.\.\/secret\.bin"/);
    const remote = await boxZip({ size: [0.45, 0.8, 0.5] }, (json) => {
      json.buffers[0].uri = 'http://169.254.169.254/latest';
    });
    expect(() => unpackModel(remote, 'application/zip')).toThrow(/points outside its zip/);
  });

  it('refuses a zip bomb from its listing, before inflating', () => {
    const bomb = zipSync({ 'model.bin': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => unpackModel(bomb, 'application/zip')).toThrow(/zip bomb/);
  });

  it('refuses a zip with too many entries or too much inside', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 600; i++) many[`f${i}.txt`] = new Uint8Array(1);
    expect(() => unpackModel(zipSync(many), 'application/zip')).toThrow(/600 entries; at most 500/);
    const big = zipSync({ 'a.bin': new Uint8Array(4 * 1024 * 1024) }, { level: 0 });
    expect(() => unpackModel(big, 'application/zip', { maxEntries: 10, maxTotalBytes: 1024 * 1024, maxRatio: 100 })).toThrow(/inflate to 4\.0 MiB; at most 1\.0 MiB/);
  });

  it('names a missing file', async () => {
    const zip = await boxZip({ size: [0.45, 0.8, 0.5], textured: true }, (_json, files) => {
      delete files['grain.png'];
    });
    expect(() => unpackModel(zip, 'application/zip')).toThrow(/needs "grain.png", which is not in the zip/);
  });

  it('accepts a PNG fixture as an image', async () => {
    expect(new TextDecoder().decode((await pngBytes()).subarray(1, 4))).toBe('PNG');
  });
});
