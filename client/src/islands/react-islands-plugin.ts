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
export function reactIslands({ roots, srcDir }: { roots: string[]; srcDir: string }): Plugin {
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

  const clean = (id: string) => id.replace(/[?#].*$/, '');
  const inSrc = (file: string) => file.startsWith(src);

  /** Whether a client module needs React to run (JSX, hooks), itself or through what it imports. */
  function needsReact(file: string, seen = new Set<string>()): boolean {
    const known = usesReact.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    let result = /\.[jt]sx$/.test(file) || REACT_IMPORT.test(code);
    if (!result) {
      for (const m of code.matchAll(LOCAL_IMPORT)) {
        const dep = resolveLocal(path.dirname(file), m[1]);
        if (dep && inSrc(dep) && needsReact(dep, seen)) {
          result = true;
          break;
        }
      }
    }
    usesReact.set(file, result);
    return result;
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
    const names = [...code.matchAll(/^export\s+(?:function|const)\s+([A-Za-z0-9_]+)/gm)].map((m) => m[1]);
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
      if (world === 'preact' && source in TO_PREACT) {
        return this.resolve(TO_PREACT[source], importer, { ...options, skipSelf: true });
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const file = clean(resolved.id);
      if (world === 'preact') {
        if (rootFiles.has(file)) return WRAPPER + file;
        if (SHARED_PACKAGES.test(file)) return file + PREACT;
        return resolved;
      }
      if (world === 'island' && inSrc(file) && needsReact(file)) return file + ISLAND;
      return resolved;
    },
    load(id) {
      if (id.startsWith(WRAPPER)) return wrapperCode(id.slice(WRAPPER.length));
      if (id.endsWith(ISLAND) || id.endsWith(PREACT)) return readFileSync(clean(id), 'utf8');
      return null;
    },
  };
}
