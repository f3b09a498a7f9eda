import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface SmtpCatcher {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  mails: ParsedMail[];
  /** Resolves with the first mail to `to` received after `since` mails (polls for up to 10 s). */
  next(to: string, since?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free port that keeps every mail, parsed: tests follow the links in
 * them as a customer would. STARTTLS is off (no certificate on a test machine).
 *
 * @example const smtp = await startSmtpCatcher(); const mail = await smtp.next('zoe@example.com');
 */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const addressedTo = (m: ParsedMail, to: string) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === to));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async next(to, since = 0) {
      const until = Date.now() + 10_000;
      for (;;) {
        const m = mails.slice(since).find((x) => addressedTo(x, to));
        if (m) return m;
        if (Date.now() > until) throw new Error(`no mail to ${to} within 10 s (${mails.length} received)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The secret of the first Vitrine link in a mail's text (`…#token=<secret>`). */
export function linkToken(text: string | undefined): string {
  const token = /#token=([A-Za-z0-9_-]{43})/.exec(text ?? '')?.[1];
  if (!token) throw new Error(`no link in this mail: ${text}`);
  return token;
}
