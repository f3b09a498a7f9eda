import { expect, type APIRequestContext } from '@playwright/test';
import { adminAuth } from './admin-auth';

/** The newest mail of a template to `to`, read from the admin's outbox API (as a developer would). */
export async function mailTo(request: APIRequestContext, to: string, template: string): Promise<{ subject: string; text: string }> {
  const admin = await adminAuth(request);
  for (let i = 0; i < 50; i++) {
    const r = await request.get(`/api/admin/outbox?to=${encodeURIComponent(to)}`, { headers: admin });
    expect(r.ok()).toBe(true);
    const { items } = (await r.json()) as { items: { template: string; subject: string; text: string }[] };
    const m = items.find((x) => x.template === template);
    if (m) return m;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`no ${template} mail to ${to}`);
}

/** The link of a mail, as a path of this site (`/account/verify#token=…`). */
export function linkIn(text: string): string {
  const m = /https?:\/\/[^/\s]+(\/account\/[a-z-]+#token=[A-Za-z0-9_-]+)/.exec(text);
  if (!m?.[1]) throw new Error(`no link in: ${text}`);
  return m[1];
}
