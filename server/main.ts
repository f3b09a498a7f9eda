import { loadConfig } from './config';
import { createVitrineServer } from './app/create-server';
import { DataDirLockedError } from './db/data-dir-lock';
import { createDevClient } from './dev-client';
import { startTracing } from './observability/tracing/start-tracing';

// Colyseus reconnection and some clients expect a global WebSocket, which Node 20 lacks.
globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

try {
  // Before the server is built: its request middleware and logger look for it.
  const tracing = await startTracing(process.env);
  const config = loadConfig();
  const dev = process.argv.includes('--dev') ? await createDevClient(config.port + 1) : undefined;
  const server = await createVitrineServer(config, { clientMiddleware: dev?.middleware });
  const url = await server.listen();
  const { database, bus } = server.services;
  // Printed whatever the log level: people and scripts wait for this line.
  console.log(`Vitrine is open on ${url} (database: ${database.kind}, live fan-out: ${bus.kind})`);
  const stop = async (signal: string) => {
    server.services.log.info(`${signal}: closing`);
    // Whatever happens while closing, the process is gone within 10 s (an orchestrator's usual grace period).
    setTimeout(() => process.exit(1), 9_500).unref();
    await server.close();
    await dev?.close();
    // The spans of the last requests go out before the process does.
    await tracing?.shutdown().catch(() => {});
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
} catch (e) {
  if (e instanceof DataDirLockedError || (e instanceof Error && e.message.startsWith('Invalid environment'))) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
