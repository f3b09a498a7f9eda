import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { reactIslands } from './react-islands-plugin';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixture');

/** Builds the fixture (a Preact page that lazy-loads one React island) and lists each chunk's modules. */
async function buildFixture() {
  const out = (await build({
    root: fixture,
    configFile: false,
    logLevel: 'silent',
    plugins: [reactIslands({ srcDir: fixture, roots: [path.join(fixture, 'Island.tsx')] }), react()],
    build: { write: false, minify: false, modulePreload: false },
  })) as Rolldown.RolldownOutput;
  const chunks = out.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry)!;
  const island = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('Island.tsx?island')))!;
  const all = chunks.flatMap((c) => c.moduleIds);
  return { entry, island, all };
}

/** Builds one of the fixture's wrong pages and returns why the build refused it ('' if it did not). */
async function buildWrong(page: string, roots: string[]): Promise<string> {
  try {
    await build({
      root: fixture,
      configFile: false,
      logLevel: 'silent',
      plugins: [reactIslands({ srcDir: fixture, reactOnly: [path.join(fixture, 'three')], roots: roots.map((r) => path.join(fixture, r)) }), react()],
      build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: path.join(fixture, 'bad', page) } },
    });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const rel = (ids: string[]) => ids.map((id) => id.replace(/^.*node_modules\//, '').replace(fixture + path.sep, ''));

describe('the React islands build', () => {
  it('runs the page on Preact, the island on React, and keeps shared state in one module', async () => {
    const { entry, island, all } = await buildFixture();
    const entryModules = rel(entry.moduleIds);
    expect(entryModules.some((id) => id.startsWith('preact/'))).toBe(true);
    expect(entryModules.some((id) => id.startsWith('react-dom/') || id.startsWith('react/'))).toBe(false);
    expect(entryModules).toContain('zustand/esm/react.mjs?preact');

    expect(island, 'the island is a chunk of its own').toBeDefined();
    expect(island.isEntry).toBe(false);
    const islandWithImports = rel([...island.moduleIds, ...all.filter((id) => /react-dom[\\/]/.test(id))]);
    expect(islandWithImports.some((id) => id.startsWith('react-dom/'))).toBe(true);

    // Vanilla state exists once; a component both sides render is built once for each.
    expect(rel(all).filter((id) => id.startsWith('counter-store.ts'))).toEqual(['counter-store.ts']);
    expect(rel(all).filter((id) => id.startsWith('Label.tsx')).sort()).toEqual(['Label.tsx', 'Label.tsx?island']);
  }, 60_000);

  it('refuses a 2D page that renders React-only code outside an island root', async () => {
    expect(await buildWrong('leaks.html', ['Island.tsx'])).toMatch(/leaks\.tsx \(Preact side\) imports three[\\/]Spinner\.tsx, which runs only on React/);
  }, 60_000);

  it('refuses a store module that an island would copy', async () => {
    expect(await buildWrong('two-stores.html', ['bad/LikesIsland.tsx'])).toMatch(/likes-store\.ts creates a store and uses React/);
  }, 60_000);
});
