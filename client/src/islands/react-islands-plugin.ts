import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Production build: the 2D app (storefront, product page, cart, account, till, dashboard, advisor
 * console) runs on Preact through `preact/compat`, about 10 KiB of gzipped JavaScript instead of
 * React DOM's 60, while the 3D parts, which need React itself for @react-three/fiber, stay React
 * "islands" that load with the rest of their 3D code.
 *
 * The source is plain React everywhere (dev server and unit tests run it on React); only the build
 * decides which React a module gets:
 * - modules under `client/src` (and the packages they share with the islands: zustand's hook,
 *   wouter) get `preact/compat` for `react` and `react-dom`;
 * - an island root (the files in `roots`) imported from the Preact side is replaced by a wrapper
 *   that renders it into its own React DOM root, with the same exports and props;
 * - inside an island, every module that renders or uses hooks is built again for React
 *   (`?island`); modules without React (vanilla zustand stores, domain code, three.js helpers) stay
 *   one instance, so both sides share their state.
 * Props cross the boundary as plain values and callbacks; never as elements (JSX made on one side
 * cannot be rendered by the other).
 */
export function reactIslands({ roots, srcDir, reactOnly = [] }: { roots: string[]; srcDir: string; reactOnly?: string[] }): Plugin {
  const src = path.resolve(srcDir) + path.sep;
  const rootFiles = new Set(roots.map((r) => path.resolve(r)));
  const ISLAND = '?island';
  const PREACT = '?preact';
  const WRAPPER = '\0react-island:';
  /** Packages used by both sides whose code imports `react`: the Preact side gets its own copy. */
  const SHARED_PACKAGES = /[\\/]node_modules[\\/](zustand|wouter|use-sync-external-store)[\\/]/;
  const TO_PREACT: Record<string, string> = {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/compat/jsx-runtime',
    'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
  };
  const REACT_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"](react|react-dom|react\/[^'"]+|react-dom\/[^'"]+|zustand|wouter)['"]/m;
  const LOCAL_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  const usesReact = new Map<string, boolean>();
  const reactOnlyDirs = reactOnly.map((d) => path.resolve(d) + path.sep);
  /** Packages that only work on React itself: the Preact side must never import them. */
  const REACT_ONLY_PACKAGES = /[\\/]node_modules[\\/](@react-three[\\/][^\\/]+|react-dom|react)[\\/]/;
  /** A vanilla store: two copies would be two states, one per side. */
  const STORE_MODULE = /from\s+['"]zustand(?:\/vanilla)?['"]/;
  const CREATES_STORE = /\bcreate(?:Store)?\s*(?:<[^>]*>)?\s*\(/;

  const clean = (id: string) => id.replace(/[?#].*$/, '');
  const inSrc = (file: string) => file.startsWith(src);

  /** Whether a module renders or uses hooks itself, without looking at what it imports. */
  function readModule(file: string): { direct: boolean; deps: string[] } {
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return { direct: false, deps: [] };
    }
    const deps = [...code.matchAll(LOCAL_IMPORT)].flatMap((m) => {
      const dep = resolveLocal(path.dirname(file), m[1]!);
      return dep && inSrc(dep) ? [dep] : [];
    });
    return { direct: /\.[jt]sx$/.test(file) || REACT_IMPORT.test(code), deps };
  }

  /**
   * Whether a client module needs React to run (JSX, hooks), itself or through what it imports.
   * Decided for the whole graph the module reaches at once, to a fixed point, so a module inside
   * an import cycle gets the cycle's answer rather than whatever the first walk happened to see.
   */
  function needsReact(file: string): boolean {
    const known = usesReact.get(file);
    if (known !== undefined) return known;
    const graph = new Map<string, { direct: boolean; deps: string[] }>();
    const queue = [file];
    while (queue.length) {
      const f = queue.pop()!;
      if (graph.has(f) || usesReact.has(f)) continue;
      const m = readModule(f);
      graph.set(f, m);
      queue.push(...m.deps);
    }
    const value = new Map([...graph].map(([f, m]) => [f, m.direct]));
    for (let changed = true; changed; ) {
      changed = false;
      for (const [f, m] of graph) {
        if (value.get(f)) continue;
        if (m.deps.some((d) => value.get(d) ?? usesReact.get(d))) {
          value.set(f, true);
          changed = true;
        }
      }
    }
    for (const [f, v] of value) usesReact.set(f, v);
    return usesReact.get(file) ?? false;
  }

  function resolveLocal(dir: string, spec: string): string | null {
    const base = path.resolve(dir, spec);
    const found = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
    return found ?? null;
  }

  type World = 'preact' | 'island' | 'react';
  function worldOf(importer: string | undefined): World {
    if (!importer || importer.endsWith('.html')) return 'preact';
    if (importer.startsWith(WRAPPER)) return 'react';
    if (importer.endsWith(ISLAND)) return 'island';
    if (importer.endsWith(PREACT)) return 'preact';
    return inSrc(clean(importer)) ? 'preact' : 'react';
  }

  function wrapperCode(file: string): string {
    const code = readFileSync(file, 'utf8');
    const names = [...code.matchAll(/^export\s+(?:function|const)\s+([A-Za-z0-9_]+)/gm)].flatMap((m) => m[1] ?? []);
    const real = JSON.stringify(file + ISLAND);
    return [
      `import * as Real from ${real};`,
      `import { createElement } from 'react';`,
      `import { createRoot } from 'react-dom/client';`,
      `import { h } from 'preact';`,
      `import { useLayoutEffect, useRef } from 'preact/hooks';`,
      `function island(Component, name) {`,
      `  function Island(props) {`,
      `    const host = useRef(null);`,
      `    const root = useRef(null);`,
      `    useLayoutEffect(() => {`,
      `      const r = createRoot(host.current);`,
      `      root.current = r;`,
      `      return () => { root.current = null; r.unmount(); };`,
      `    }, []);`,
      `    useLayoutEffect(() => { root.current?.render(createElement(Component, props)); });`,
      `    return h('div', { ref: host, style: { display: 'contents' }, 'data-react-island': name });`,
      `  }`,
      `  Island.displayName = name;`,
      `  return Island;`,
      `}`,
      ...names.map((n) => (/^[A-Z]/.test(n) ? `export const ${n} = island(Real.${n}, ${JSON.stringify(n)});` : `export const ${n} = Real.${n};`)),
    ].join('\n');
  }

  return {
    name: 'vitrine:react-islands',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(WRAPPER)) return source;
      if (source.endsWith(ISLAND) && path.isAbsolute(source)) return source;
      const world = worldOf(importer);
      const preact = world === 'preact' ? TO_PREACT[source] : undefined;
      if (preact) return this.resolve(preact, importer, { ...options, skipSelf: true });
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const file = clean(resolved.id);
      if (world === 'preact') {
        if (rootFiles.has(file)) return WRAPPER + file;
        if (SHARED_PACKAGES.test(file)) return file + PREACT;
        // Enforced, not remembered: React-only code reached from the Preact side would either break
        // (hooks of one React called under the other) or pull a second React into the 2D pages.
        // A plain module may still share a vanilla store a React package creates (the XR session store).
        const renders = importer !== undefined && inSrc(clean(importer)) && needsReact(clean(importer));
        if ((REACT_ONLY_PACKAGES.test(file) && renders) || (reactOnlyDirs.some((d) => file.startsWith(d)) && needsReact(file))) {
          this.error(`${path.relative(src, clean(importer ?? ''))} (Preact side) imports ${file.includes('node_modules') ? source : path.relative(src, file)}, which runs only on React: reach it through an island root (${[...rootFiles].map((f) => path.relative(src, f)).join(', ')}).`);
        }
        return resolved;
      }
      if (world === 'island' && inSrc(file) && needsReact(file)) return file + ISLAND;
      return resolved;
    },
    load(id) {
      if (id.startsWith(WRAPPER)) return wrapperCode(id.slice(WRAPPER.length));
      if (id.endsWith(ISLAND) || id.endsWith(PREACT)) {
        const code = readFileSync(clean(id), 'utf8');
        if (id.endsWith(ISLAND) && STORE_MODULE.test(code) && CREATES_STORE.test(code)) {
          this.error(`${path.relative(src, clean(id))} creates a store and uses React: the island would get a second copy of the store. Keep the store in a module without React and read it through a hook in another file.`);
        }
        return code;
      }
      return null;
    },
  };
}
