import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { mailOutbox } from '../db/schema/accounts';
import { createJobQueue } from '../jobs/job-queue';
import { renderMail, type MailData, type MailTemplate } from '../../shared/mail/mail-templates';
import type { Locale } from '../../shared/i18n-text';
import type { MailAttachment } from '../../shared/mail/mail-attachment';

export const SEND_MAIL_JOB = 'mail.send';
const MAX_ATTEMPTS = 6;

export interface Mailer {
  /** 'outbox' when messages stay in the outbox, 'smtp' when they are delivered. */
  readonly mode: 'outbox' | 'smtp';
  /**
   * Writes one e-mail in the recipient's language to the outbox and, with SMTP, queues its
   * delivery. Resolves once the message is stored; a slow or broken SMTP server never reaches the
   * caller (the job retries with backoff). Resolves to the outbox id.
   *
   * Attachments (an inline QR code, a calendar invitation) travel with it.
   *
   * @example await s.mail.send('zoe@example.com', 'password-reset', { link }, 'fr');
   */
  send<T extends MailTemplate>(to: string, template: T, data: MailData[T], language: Locale, extra?: { attachments?: MailAttachment[] }): Promise<string>;
  start(): void;
  /** Tests: resolves once nothing is waiting to be delivered by this process. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The store's e-mail: every message goes to the `mail_outbox` table; with `SMTP_URL` a job on
 * its own queue (so mail is never stuck behind a model being processed) hands it to nodemailer.
 * Nothing of a message (address, link) is logged; a delivery error is kept as its SMTP code.
 *
 * @example const mail = createMailer(config.mail, db, log); mail.start();
 */
export function createMailer(config: Config['mail'], db: Db, log: Logger, now: () => Date = () => new Date()): Mailer {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  const queue = createJobQueue(db, { log, now });
  if (transport) {
    queue.register<{ outboxId: string }>(SEND_MAIL_JOB, async ({ payload, attempt }) => {
      const [m] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, payload.outboxId));
      if (!m || m.state === 'sent') return;
      try {
        const info = await transport.sendMail({ from: config.from, to: m.toAddress, subject: m.subject, text: m.text, html: m.html, ...nodemailerParts(m.attachments) });
        // Once delivered, the bodies (which may hold a reset link or a pickup code) are not kept.
        await db.update(mailOutbox).set({ state: 'sent', text: '', html: '', attachments: [], attempts: attempt, sentAt: now().toISOString(), lastError: null }).where(eq(mailOutbox.id, m.id));
        return { messageId: info.messageId };
      } catch (e) {
        const code = smtpProblem(e);
        await db.update(mailOutbox).set({ attempts: attempt, lastError: code, ...(attempt >= MAX_ATTEMPTS ? { state: 'failed' } : {}) }).where(eq(mailOutbox.id, m.id));
        // A new error with the code only: nodemailer's own carries the SMTP conversation.
        throw new Error(`SMTP delivery failed (${code})`);
      }
    });
  }
  return {
    mode: transport ? 'smtp' : 'outbox',
    async send(to, template, data, language, extra) {
      const id = `mail_${randomUUID()}`;
      const rendered = renderMail(template, data, language);
      await db.insert(mailOutbox).values({
        id, toAddress: to, language, template, ...rendered, attachments: extra?.attachments ?? [], state: transport ? 'queued' : 'outbox', createdAt: now().toISOString(),
      });
      if (transport) await queue.enqueue(SEND_MAIL_JOB, { outboxId: id }, { maxAttempts: MAX_ATTEMPTS });
      return id;
    },
    start: () => queue.start(),
    idle: () => queue.idle(),
    async close() {
      await queue.close();
      transport?.close();
    },
  };
}

/**
 * Attachments as nodemailer takes them: inline images by content id, and a calendar as
 * `icalEvent`, which nodemailer sends both as a `text/calendar; method=…` alternative (what
 * mail programs read to add or remove the event) and as an `.ics` file.
 */
function nodemailerParts(list: MailAttachment[]) {
  const calendar = list.find((a) => a.method);
  const files = list.filter((a) => a !== calendar).map((a) => ({
    filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64'), ...(a.cid ? { cid: a.cid } : {}),
  }));
  return {
    ...(files.length ? { attachments: files } : {}),
    ...(calendar ? { icalEvent: { method: calendar.method, filename: calendar.filename, content: Buffer.from(calendar.content, 'base64').toString('utf8') } } : {}),
  };
}

/** A short, loggable reason: the SMTP response code or the socket error code, never the conversation. */
function smtpProblem(e: unknown): string {
  const err = e as { responseCode?: number; code?: string };
  if (err?.responseCode) return `SMTP ${err.responseCode}`;
  return typeof err?.code === 'string' ? err.code.slice(0, 40) : 'error';
}
