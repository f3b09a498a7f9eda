/**
 * The server side of `npm run bench:room`: the real Vitrine server (rooms on the same port as
 * the API) plus the naive JSON-broadcast room, in its own process, reporting its CPU and memory
 * to the benchmark over IPC.
 */
import { matchMaker } from '@colyseus/core';
import { loadConfig } from '../../server/config';
import { createVitrineServer } from '../../server/app/create-server';
import { NAIVE_ROOM, createNaiveRoom, naiveCounters } from './naive-room';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

const config = { ...loadConfig(process.env), clientDir: undefined };
const server = await createVitrineServer(config);
const url = await server.listen(0, '127.0.0.1');
matchMaker.defineRoomType(NAIVE_ROOM, createNaiveRoom(server.services));

const send = (m: unknown) => process.send?.(m);
process.on('message', (m: { type: string; id?: number }) => {
  if (m.type === 'sample') {
    const mem = process.memoryUsage();
    send({ type: 'sample', id: m.id, cpu: process.cpuUsage(), at: performance.now(), rss: mem.rss, heap: mem.heapUsed, naiveOffered: naiveCounters.offeredBytes });
  } else if (m.type === 'stop') {
    void server.close().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', url });
