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
  it('give the address an account left its way back, and the restored address the way to a new password', () => {
    const undoLink = 'https://shop.example/account/email-undo#token=abc';
    for (const l of ['fr', 'en'] as const) {
      const changed = renderMail('email-changed', { name: 'Zoé', newAddress: 'z•••@n•••.example', undoLink }, l);
      expect(changed.text).toContain(undoLink);
      expect(changed.html).toContain(`href="${undoLink}"`);
      expect(changed.text).toContain(l === 'fr' ? '7 jours' : '7 days');
      const restored = renderMail('email-restored', { name: 'Zoé', link: 'https://shop.example/account/reset#token=def' }, l);
      expect(restored.html).toContain('href="https://shop.example/account/reset#token=def"');
    }
  });
  it('list an order and its total', () => {
    const m = renderMail('order-confirmation', { orderNumber: 'VT-000123', lines: [{ name: 'Sofa', qty: 2, total: '1 299,00 €' }], total: '1 299,00 €', link: 'https://x/o' }, 'fr');
    expect(m.subject).toBe('Commande VT-000123 confirmée');
    expect(m.text).toContain('2 × Sofa: 1 299,00 €');
  });
});
