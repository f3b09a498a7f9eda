import express, { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../app/services';
import { parseInput } from '../http/parse-input';

const TokenRequestSchema = z.object({ card: z.string().trim().min(4).max(32) });

const TEXTS = {
  en: { card: 'Card number', pay: 'Confirm card', terminal: 'Payment terminal', present: 'Present or type the card', secure: 'Simulated payment provider: the shop never sees this number.' },
  fr: { card: 'Numéro de carte', pay: 'Valider la carte', terminal: 'Terminal de paiement', present: 'Présentez ou saisissez la carte', secure: 'Prestataire de paiement simulé : la boutique ne voit jamais ce numéro.' },
} as const;

function page(kind: 'card' | 'terminal', lang: 'fr' | 'en'): string {
  const t = TEXTS[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${kind === 'card' ? t.card : t.terminal}</title>
<style>body{font:16px system-ui,sans-serif;margin:0;padding:12px;background:${kind === 'card' ? '#fff' : '#222'};color:${kind === 'card' ? '#222' : '#eee'}}
label{display:block;margin-bottom:6px}input{font:inherit;padding:8px;width:100%;box-sizing:border-box;letter-spacing:.1em}
button{font:inherit;margin-top:8px;padding:8px 14px}small{display:block;margin-top:8px;opacity:.7}</style></head>
<body><form id="sim-card" data-kind="${kind}">${kind === 'terminal' ? `<h1 style="font-size:18px">${t.terminal}</h1>` : ''}
<label for="number">${kind === 'card' ? t.card : t.present}</label>
<input id="number" name="number" inputmode="numeric" autocomplete="cc-number" required maxlength="23">
<button type="submit" disabled>${t.pay}</button><output id="result" aria-live="polite"></output><small>${t.secure}</small></form>
<script src="/pay/sim/card.js"></script></body></html>`;
}

/** Posts the token (never the number) to the page that embeds this one, on the same origin only. */
const SCRIPT = `document.querySelector('#sim-card button').disabled = false;
document.getElementById('sim-card').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = document.getElementById('number');
  const r = await fetch('/pay/sim/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ card: input.value }) });
  const body = await r.json();
  if (!r.ok) { document.getElementById('result').textContent = body.message || 'error'; return; }
  input.value = '';
  document.getElementById('result').textContent = body.brand + ' •••• ' + body.last4;
  (window.parent || window).postMessage({ type: 'sim-payment-token', kind: e.target.dataset.kind, token: body.token, brand: body.brand, last4: body.last4 }, location.origin);
});`;

/**
 * The simulated provider's own pages, standing where a real provider's hosted card field and
 * terminal would: the card number is typed here and answered with a one-time token that Vitrine's
 * checkout and till then use. Mounted outside `/api`: it is not Vitrine's API.
 */
export function simulatedProviderRoutes(s: Services): Router {
  const r = Router();
  const lang = (q: unknown) => (q === 'fr' ? 'fr' : 'en');
  r.get('/card', (req, res) => { res.type('html').send(page('card', lang(req.query.lang))); });
  r.get('/terminal', (req, res) => { res.type('html').send(page('terminal', lang(req.query.lang))); });
  r.get('/card.js', (_req, res) => { res.type('js').send(SCRIPT); });
  r.post('/tokens', express.json({ limit: '2kb' }), async (req, res) => {
    const { card } = parseInput(TokenRequestSchema, req.body);
    res.status(201).json(await s.payments.tokenise(card));
  });
  return r;
}
