/**
 * A readable page for the OpenAPI document, with no third-party viewer: the store runs without
 * internet access, and a list of calls with their schemas is what a client developer needs.
 */
export function renderOpenApiPage(doc: { info?: { title?: string; description?: string }; paths?: Record<string, Record<string, { summary?: string; responses?: Record<string, { description?: string }> }>> }): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const rows = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const codes = Object.entries(op.responses ?? {}).map(([c, r]) => `<li><code>${esc(c)}</code> ${esc(r.description ?? '')}</li>`).join('');
      return `<section><h2><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2><p>${esc(op.summary ?? '')}</p><ul>${codes}</ul></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info?.title ?? 'API')}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}h2{font-size:1rem;margin:1.5rem 0 .25rem}
.m{display:inline-block;min-width:3.5rem;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem;text-align:center}.get{background:#2f6f4f}.post{background:#2c4a7a}
section{border-top:1px solid #ddd}code{font-size:.9rem}</style></head><body>
<h1>${esc(doc.info?.title ?? 'API')}</h1><p>${esc(doc.info?.description ?? '')}</p>
<p>Machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1, generated from the zod schemas in <code>shared/</code>).</p>
${rows.join('\n')}</body></html>`;
}
