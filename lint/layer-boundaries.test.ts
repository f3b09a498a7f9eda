import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The lint configuration holds the layers apart. Each case writes one file into a scratch tree that
 * carries the project's own `biome.jsonc` and lints it there, so the test follows the real rules.
 */
const root = path.resolve(import.meta.dirname, '..');
const biome = path.join(root, 'node_modules', '.bin', 'biome');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vitrine-lint-'));
cpSync(path.join(root, 'biome.jsonc'), path.join(scratch, 'biome.jsonc'));
// The scratch tree has no node_modules of its own: point the schema at the project's.
writeFileSync(
  path.join(scratch, 'biome.jsonc'),
  readFileSync(path.join(scratch, 'biome.jsonc'), 'utf8').replace('./node_modules/', `${path.join(root, 'node_modules')}/`),
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(file: string, source: string): { ok: boolean; output: string } {
  const at = path.join(scratch, file);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, source);
  try {
    const output = execFileSync(biome, ['lint', '--vcs-enabled=false', '--colors=off', file], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('layer boundaries', () => {
  it('shared/ imports no Node module', () => {
    const r = lint('shared/cart/reads-files.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    expect(r.ok).toBe(false);
    expect(r.output).toContain('noRestrictedImports');
  });

  it('shared/ imports no React and uses no browser global', () => {
    expect(lint('shared/pricing/renders.ts', "import { useState } from 'react';\nexport const hook = useState;\n").ok).toBe(false);
    const r = lint('shared/pricing/stores.ts', 'export const keep = (v: string) => window.localStorage.setItem("k", v);\n');
    expect(r.ok).toBe(false);
    expect(r.output).toContain('noRestrictedGlobals');
  });

  it('shared/ may describe the room state with the schema library but not reach the room server', () => {
    expect(lint('shared/room/state.ts', "import { schema, t } from '@colyseus/schema';\nexport const S = schema({ n: t.uint8() }, 'S');\n").ok).toBe(true);
    const r = lint('shared/room/server.ts', "import { Room } from '@colyseus/core';\nexport const R = Room;\n");
    expect(r.ok).toBe(false);
    expect(r.output).toContain('noRestrictedImports');
  });

  it('shared/ tests may read their fixtures from disk', () => {
    expect(lint('shared/catalogue/fixture.test.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n").ok).toBe(true);
  });

  it('2D pages import no three.js, no React Three and no XR code', () => {
    expect(lint('client/src/pages/cart/Cube.tsx', "import { Vector3 } from 'three';\nexport const v = new Vector3();\n").ok).toBe(false);
    expect(lint('client/src/pages/home/Scene.tsx', "import { Canvas } from '@react-three/fiber';\nexport const C = Canvas;\n").ok).toBe(false);
    expect(lint('client/src/components/Enter.tsx', "import { enter } from '../xr/vr/enter-vr';\nexport const e = enter;\n").ok).toBe(false);
  });

  it('the 3D scene may', () => {
    expect(lint('client/src/scene/Cube.tsx', "import { Vector3 } from 'three';\nexport const v = new Vector3();\n").ok).toBe(true);
  });
});
