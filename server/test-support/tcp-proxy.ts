import net from 'node:net';

/**
 * A TCP relay to a service, that a test can cut and restore without touching the service (others
 * may be using it): `cut()` drops every connection and refuses new ones, `restore()` listens again
 * on the same port.
 *
 * @example const proxy = await startTcpProxy(6379); proxy.cut(); await proxy.restore();
 */
export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1', opts: { closed?: boolean } = {}) {
  const sockets = new Set<net.Socket>();
  const relay = (client: net.Socket) => {
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  let server: net.Server | undefined;
  const listen = (port: number) => new Promise<number>((resolve, reject) => {
    const s = net.createServer(relay);
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => {
      server = s;
      resolve((s.address() as net.AddressInfo).port);
    });
  });
  const port = await listen(0);
  const cut = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    if (!server) return resolve();
    server.close(() => resolve());
    server = undefined;
  });
  if (opts.closed) await cut();
  return {
    port,
    cut,
    restore: async () => {
      if (!server) await listen(port);
    },
  };
}
