import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './test-server';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher';

export interface SmtpTestServer {
  /** The server; read it inside a test or hook (it starts in `beforeAll`). */
  readonly t: TestServer;
  /** Every mail the server delivered. */
  readonly smtp: SmtpCatcher;
  /** Moves the server's clock ahead of the real one (set it back to 0 in a `finally`). */
  clockOffsetMs: number;
}

/**
 * An embedded test server whose mail is delivered to a real SMTP catcher, with a clock the test
 * can move forward. Call it inside a `describe`: both start before its tests and close after them.
 *
 * @example const env = smtpTestServer(); it('…', async () => { await env.smtp.next('zoe@example.com'); });
 */
export function smtpTestServer(): SmtpTestServer {
  let t: TestServer | undefined;
  let smtp: SmtpCatcher | undefined;
  const env = {
    clockOffsetMs: 0,
    get t(): TestServer {
      if (!t) throw new Error('the test server starts in beforeAll: read it inside a test');
      return t;
    },
    get smtp(): SmtpCatcher {
      if (!smtp) throw new Error('the SMTP catcher starts in beforeAll: read it inside a test');
      return smtp;
    },
  };
  const now = () => new Date(Date.now() + env.clockOffsetMs);
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestServer('embedded', { now, config: { mail: { smtpUrl: smtp.url, from: 'Vitrine <shop@vitrine.test>' } } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  return env;
}
