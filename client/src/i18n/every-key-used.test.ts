import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const here = path.dirname(new URL(import.meta.url).pathname);
const clientSrc = path.resolve(here, '..');

/** A dictionary file: the French reference of an area, or the core (`fr.ts`). */
const isFrenchDictionary = (file: string) => file === 'i18n/fr.ts' || /^i18n\/[\w-]+\.fr\.ts$/.test(file);
const isDictionary = (file: string) => isFrenchDictionary(file) || file === 'i18n/en.ts' || /^i18n\/[\w-]+\.en\.ts$/.test(file);

/**
 * Keys of `keys` that no code names: neither as a literal (`'cart.add'`, or its plural base
 * `'cart.items'` for `cart.items_one`), nor through a template that builds it (`` `status.${s}` ``).
 * Every unused key is a word a phone downloads for nothing, and a translation kept up for nobody.
 */
function unusedKeys(keys: readonly string[], code: string): string[] {
  const prefixes = [...code.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
  const named = (k: string) => code.includes(`'${k}'`) || code.includes(`"${k}"`);
  return keys.filter((k) => !named(k) && !named(k.replace(/_(one|other)$/, '')) && !prefixes.some((p) => k.startsWith(p)));
}

function clientFiles(): { file: string; text: string }[] {
  return (fs.readdirSync(clientSrc, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((file) => ({ file, text: fs.readFileSync(path.join(clientSrc, file), 'utf8') }));
}

describe('every word is used', () => {
  it('no message key sits in the dictionaries without a screen that shows it', () => {
    const files = clientFiles();
    const keys = files.filter((f) => isFrenchDictionary(f.file)).flatMap((f) => [...f.text.matchAll(/^ {2}'([\w.]+)':/gm)].map((m) => m[1]!));
    const code = files.filter((f) => !isDictionary(f.file)).map((f) => f.text).join('\n');
    expect(keys.length).toBeGreaterThan(500);
    expect(unusedKeys(keys, code)).toEqual([]);
  });

  it('finds a key nobody names, and counts literal, plural and built names as uses', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source code that holds a template literal.
    const code = "t('cart.add'); tn('cart.items', n); t(`status.${s}`);";
    expect(unusedKeys(['cart.add', 'cart.items_one', 'status.placed', 'cart.forgotten'], code)).toEqual(['cart.forgotten']);
  });
});
