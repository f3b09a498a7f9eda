import pino, { type Logger, type LevelWithSilent } from 'pino';
import { redactText, redactValue, serialiseError } from './redact-secrets';
import { currentRequestId } from '../observability/request-context';
import { activeTracing } from '../observability/tracing/tracing';

/**
 * The server's logger: every object, error and message passes through the secret redaction
 * (see redact-secrets.ts) before it is written, whoever logs it (routes, rooms, Colyseus), and
 * carries the id of the request it was written for (`reqId`, see observability/request-context.ts).
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
    // The request (or room message) being served, so a database error names the request that met it.
    // With tracing on, its trace and span too, so a log line leads to its trace and back.
    mixin: () => {
      const reqId = currentRequestId();
      const trace = activeTracing()?.logFields();
      return reqId ? { reqId, ...trace } : { ...trace };
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a, i) => (typeof a === 'string' ? redactText(a) : i > 0 ? redactValue(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
