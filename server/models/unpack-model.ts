import path from 'node:path/posix';
import { unzipSync } from 'fflate';
import { JobFailure } from '../jobs/job-failure';
import type { LocalizedText } from '../../shared/i18n-text';
import { MODEL_JOB_FAILURES as F } from '../../shared/models/model-job-text';
import { MODEL_LIMITS, type ModelLimits } from './model-limits';

/** An upload read into memory: a GLB as is, or a glTF's JSON with the files it points to. */
export type UnpackedModel =
  | { kind: 'glb'; glb: Uint8Array }
  | { kind: 'gltf'; name: string; json: Record<string, unknown>; text: string; resources: Record<string, Uint8Array> };

export const MODEL_CONTENT_TYPES = ['model/gltf-binary', 'application/zip'] as const;
export type ModelContentType = (typeof MODEL_CONTENT_TYPES)[number];

const fail = (text: LocalizedText) => new JobFailure(text);

/**
 * Step 1 of model processing: opens the upload. A zip is listed before it is inflated and refused
 * when it has too many entries, would inflate too much or too fast (a zip bomb), names a path
 * outside itself, or holds a glTF whose buffers or images are outside it or missing.
 *
 * @example const model = unpackModel(body, 'application/zip');
 */
export function unpackModel(body: Uint8Array, type: ModelContentType, limits: ModelLimits['zip'] = MODEL_LIMITS.zip): UnpackedModel {
  if (type === 'model/gltf-binary') {
    if (body.length < 12 || new TextDecoder().decode(body.subarray(0, 4)) !== 'glTF') throw fail(F.notGlb());
    return { kind: 'glb', glb: body };
  }
  if (body.length < 22 || body[0] !== 0x50 || body[1] !== 0x4b) throw fail(F.notZip());
  const entries = listZip(body);
  checkZip(entries, body.length, limits);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(body, { filter: (f) => !f.name.endsWith('/') });
  } catch (e) {
    throw fail(F.zipDamaged({ detail: (e as Error).message }));
  }
  const kept = Object.entries(files).filter(([n]) => !n.startsWith('__MACOSX/'));
  const glbs = kept.filter(([n]) => n.toLowerCase().endsWith('.glb'));
  const gltfs = kept.filter(([n]) => n.toLowerCase().endsWith('.gltf'));
  const models = [...glbs, ...gltfs];
  const [model] = models;
  if (!model || models.length !== 1)
    throw fail(F.zipModelCount({ gltf: gltfs.length, glb: glbs.length }));
  const [name, bytes] = model;
  return glbs.length ? unpackModel(bytes, 'model/gltf-binary', limits) : readGltf(name, files);
}

interface ZipEntry {
  name: string;
  size: number;
  originalSize: number;
}

function listZip(body: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(body, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    throw fail(F.zipDamaged({ detail: (e as Error).message }));
  }
  return entries;
}

function checkZip(entries: ZipEntry[], zipBytes: number, limits: ModelLimits['zip']): void {
  if (entries.length > limits.maxEntries) throw fail(F.zipTooManyEntries({ entries: entries.length, max: limits.maxEntries }));
  for (const e of entries) {
    if (!isInside(e.name)) throw fail(F.zipPathOutside({ name: e.name }));
    if (e.originalSize > 1024 * 1024 && e.originalSize > limits.maxRatio * Math.max(1, e.size))
      throw fail(F.zipEntryBomb({ name: e.name, ratio: Math.round(e.originalSize / Math.max(1, e.size)), max: limits.maxRatio }));
  }
  const total = entries.reduce((n, e) => n + e.originalSize, 0);
  if (total > limits.maxTotalBytes)
    throw fail(F.zipTooLarge({ bytes: total, maxBytes: limits.maxTotalBytes }));
  if (total > 1024 * 1024 && total > limits.maxRatio * zipBytes)
    throw fail(F.zipBomb({ ratio: Math.round(total / zipBytes), max: limits.maxRatio }));
}

/** A relative path of normal segments: no root, drive, backslash, NUL or `..` that climbs out. */
function isInside(name: string): boolean {
  if (!name || name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[a-z]:/i.test(name)) return false;
  const norm = path.normalize(name);
  return norm !== '..' && !norm.startsWith('../');
}

function readGltf(name: string, files: Record<string, Uint8Array>): UnpackedModel {
  const text = new TextDecoder().decode(files[name]);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw fail(F.gltfNotJson({ name, detail: (e as Error).message }));
  }
  const dir = path.dirname(name);
  const resources: Record<string, Uint8Array> = {};
  const refs = [...asArray(json.buffers), ...asArray(json.images)].map((x) => (x as { uri?: unknown }).uri).filter((u): u is string => typeof u === 'string');
  for (const uri of refs) {
    if (uri.startsWith('data:')) continue;
    let rel: string;
    try {
      rel = decodeURIComponent(uri);
    } catch {
      throw fail(F.gltfBadUri({ name, uri }));
    }
    const target = path.normalize(path.join(dir, rel));
    if (/^[a-z][a-z0-9+.-]*:/i.test(rel) || rel.startsWith('/') || target === '..' || target.startsWith('../'))
      throw fail(F.gltfOutside({ name, uri }));
    const bytes = files[target];
    if (!bytes) throw fail(F.gltfMissingFile({ name, uri }));
    resources[uri] = bytes;
  }
  return { kind: 'gltf', name, json, text, resources };
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
