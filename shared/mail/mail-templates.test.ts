import { describe, expect, it } from 'vitest';
import { renderMail } from './mail-templates';

describe('mail templates', () => {
  const link = 'https://shop.example/account/verify#token=abc';
  it('write each mail in the recipient language, in text and HTML, with the same link', () => {
    const fr = renderMail('verify-email', { name: 'Zoé', link }, 'fr');
    const en = renderMail('verify-email', { name: 'Zoé', link }, 'en');
    expect(fr.subject).toBe('Confirmez votre adresse e-mail');
    expect(en.subject).toBe('Confirm your e-mail address');
    for (const m of [fr, en]) {
      expect(m.text).toContain(link);
      expect(m.html).toContain(`href="${link}"`);
    }
    expect(fr.html).toContain('lang="fr"');
    expect(en.text).toContain('Hello Zoé,');
  });
  it('escape what the customer typed in the HTML', () => {
    const m = renderMail('verify-email', { name: '<script>x</script>', link }, 'en');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text).toContain('<script>x</script>');
  });
  it('list an order and its total', () => {
    const m = renderMail('order-confirmation', { orderNumber: 'VT-000123', lines: [{ name: 'Sofa', qty: 2, total: '1 299,00 €' }], total: '1 299,00 €', link: 'https://x/o' }, 'fr');
    expect(m.subject).toBe('Commande VT-000123 confirmée');
    expect(m.text).toContain('2 × Sofa: 1 299,00 €');
  });
});
