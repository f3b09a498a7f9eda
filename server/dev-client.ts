import type { RequestHandler } from 'express';

/**
 * The Vite dev server as Express middleware, for `npm run dev`: the client with hot reload on the
 * same origin as the API and the rooms. Its HMR websocket gets a port of its own so it never
 * competes with the rooms' websockets for upgrades on the main port.
 */
export async function createDevClient(hmrPort: number): Promise<{ middleware: RequestHandler; close(): Promise<void> }> {
  const { createServer } = await import('vite');
  const vite = await createServer({ server: { middlewareMode: true, hmr: { port: hmrPort } }, appType: 'spa' });
  return { middleware: vite.middlewares as unknown as RequestHandler, close: () => vite.close() };
}
