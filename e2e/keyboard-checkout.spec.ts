import { expect, test, type Frame, type Page } from '@playwright/test';

/**
 * What has the focus, in the page or in the payment provider's card frame, and whether it shows:
 * an outline or a box shadow on it, or on the label or swatch that draws the ring for it.
 */
async function focused(where: Page | Frame) {
  return where.evaluate(() => {
    let el: Element | null = document.activeElement;
    // Focus inside an iframe: the frame element is active here; its own document is read apart.
    if (!el || el === document.body) return { tag: 'body', testid: '', id: '', text: '', visible: false, frame: false };
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    const ring = shows(el) || [el.closest('label'), el.parentElement].some((p) => p !== null && shows(p));
    const frame = el.tagName === 'IFRAME';
    const r = el.getBoundingClientRect();
    el = el as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      testid: el.getAttribute('data-testid') ?? '',
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 40),
      visible: ring && r.width > 0 && r.height > 0,
      frame,
    };
  });
}

type Focus = Awaited<ReturnType<typeof focused>>;

/**
 * Presses `key` (Tab by default) until the focused element matches `want`, asserting at every
 * stop that the focus can be seen. Fails after `max` presses: the control cannot be reached.
 */
async function tabTo(page: Page, want: (f: Focus) => boolean, what: string, { key = 'Tab', max = 60, frame }: { key?: string; max?: number; frame?: Frame } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    let f = await focused(page);
    if (f.frame && frame) f = await focused(frame);
    seen.push(f.testid || f.id || `${f.tag}:${f.text}`);
    if (f.tag !== 'body' && !f.frame) expect(f.visible, `focus on ${seen.at(-1)} (after ${seen.slice(-4).join(' → ')}) is visible`).toBe(true);
    if (want(f)) return;
  }
  throw new Error(`${what} was not reached by ${key}; focus went through: ${seen.join(' → ')}`);
}

const byTestId = (id: string) => (f: Focus) => f.testid === id;

test('a customer buys with the keyboard alone, from the storefront to the order number, seeing where the focus is', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('product-card').first()).toBeVisible();

  // Find it: the search field, typed words, Enter, then the product's link.
  await tabTo(page, (f) => f.id === 'site-search', 'the search field');
  await page.keyboard.type('Phare');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('product-card')).toHaveCount(1);
  await tabTo(page, (f) => f.tag === 'a' && /Phare/.test(f.text), 'the product link');
  await page.screenshot({ path: info.outputPath('1-product-link-focused.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('product-page')).toBeVisible();

  // Delivered home: the arrow keys move through the choices, then "add to cart".
  await tabTo(page, (f) => f.testid.startsWith('fulfilment-'), 'the fulfilment choice');
  for (let i = 0; i < 8 && !(await page.getByTestId('fulfilment-ship').isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('fulfilment-ship')).toBeChecked();
  await tabTo(page, byTestId('add-to-cart'), 'add to cart');
  await page.screenshot({ path: info.outputPath('2-add-to-cart-focused.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cart-count')).toHaveText('1');

  // Open the cart from the header, going back up.
  await tabTo(page, byTestId('cart-link'), 'the cart link', { key: 'Shift+Tab', max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cart-page')).toBeVisible();
  await expect(page.getByTestId('checkout-email')).toBeVisible();

  // Contact and address, typed.
  for (const [id, text] of [
    ['checkout-email', 'clavier@example.org'],
    ['checkout-name', 'Camille Martin'],
    ['checkout-line1', '12 rue de Turenne'],
    ['checkout-postcode', '75004'],
    ['checkout-city', 'Paris'],
  ] as const) {
    await tabTo(page, byTestId(id), id);
    await page.keyboard.type(text);
  }
  await page.screenshot({ path: info.outputPath('3-address-typed.png') });

  // Delivery: the choices for this address come with the delivery quote; home delivery, chosen with Space.
  await expect(page.getByTestId('delivery-standard')).toBeVisible();
  await tabTo(page, (f) => f.testid.startsWith('delivery-') && f.tag === 'input', 'the delivery choice');
  for (let i = 0; i < 4 && !(await page.getByTestId('delivery-standard').isChecked()); i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('delivery-standard')).toBeChecked();

  // The provider's card form, in its frame: Tab walks into it, the number is typed, Enter confirms.
  const card = page.frames().find((f) => f.url().includes('/pay/sim/card'));
  expect(card, 'the card frame is there').toBeTruthy();
  await tabTo(page, (f) => f.id === 'number', "the provider's card number", { frame: card });
  const ring = await card!.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow };
  });
  expect(ring.outline !== 'none' || ring.shadow !== 'none', `the card field shows its focus (${JSON.stringify(ring)})`).toBe(true);
  await page.keyboard.type('4242 4242 4242 4242');
  await page.screenshot({ path: info.outputPath('4-card-typed.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card-ready')).toBeVisible();

  // Pay.
  await tabTo(page, byTestId('checkout'), 'the pay button', { max: 30 });
  await page.screenshot({ path: info.outputPath('5-pay-focused.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-confirmation')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('order-number')).toHaveText(/VT-\d{6}/);
  // The focus lands on the confirmation's heading: a screen reader reads the thanks and the number next.
  await expect(page.getByTestId('order-confirmation').getByRole('heading', { level: 1 })).toBeFocused();
  await page.screenshot({ path: info.outputPath('6-confirmation.png') });
});
