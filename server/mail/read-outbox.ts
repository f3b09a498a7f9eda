import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { mailOutbox } from '../db/schema/accounts';
import type { OutboxMessage } from '../../shared/http/account-schemas';

/**
 * The newest e-mails first, optionally to one address: what the admin's Outbox view and a
 * developer read instead of a mailbox.
 *
 * @example await readOutbox(db, { to: 'zoe@example.com', limit: 10 })
 */
export async function readOutbox(db: Db, q: { to?: string; limit: number }): Promise<OutboxMessage[]> {
  const rows = await db.select().from(mailOutbox)
    .where(q.to ? eq(mailOutbox.toAddress, q.to) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id, to: r.toAddress, language: r.language, template: r.template, subject: r.subject, text: r.text, html: r.html,
    state: r.state, attachments: r.attachments, createdAt: new Date(r.createdAt).toISOString(), ...(r.sentAt ? { sentAt: new Date(r.sentAt).toISOString() } : {}),
  }));
}
