import pino, { type Logger, type LevelWithSilent } from 'pino';
import { redactText, redactValue, serialiseError } from './redact-secrets';

/**
 * The server's logger: every object, error and message passes through the secret redaction
 * (see redact-secrets.ts) before it is written, whoever logs it (routes, rooms, Colyseus).
 *
 * @example const log = createLogger('info');
 */
export function createLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    // Known places first, cheaply; the formatter below catches everything else.
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'options.token', 'token', 'password'], censor: '[redacted]' },
    serializers: { err: (e: unknown) => (e instanceof Error ? redactValue(serialiseError(e)) : redactValue(e)) },
    formatters: { log: (obj) => redactValue(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a, i) => (typeof a === 'string' ? redactText(a) : i > 0 ? redactValue(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
