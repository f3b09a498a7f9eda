import { followEventStream, type FollowOptions, type StreamState } from './follow-event-stream';

type Relayed<T> = { type: 'data'; data: T } | { type: 'state'; state: StreamState } | { type: 'gave-up' } | { type: 'hello' };

/**
 * Follows a server-sent event stream once per browser rather than once per tab. A browser keeps
 * at most six connections to a site over HTTP/1.1, and every open stream holds one: with a cart
 * and the catalogue followed in each tab, a shopper's fourth tab would wait for ever. So the tabs
 * following the same `key` elect one (a Web Lock) that holds the stream and relays what it hears
 * on a BroadcastChannel; when that tab closes, the lock passes to another, which opens its own.
 * A newcomer says hello and the holder tells it the stream's state and its last event.
 * Browsers without Web Locks follow the stream in each tab, as before.
 *
 * @example const stop = followSharedEventStream(`cart:${id}`, { url, event: 'cart', onData, ... })
 */
export function followSharedEventStream<T>(key: string, o: FollowOptions<T>): () => void {
  if (typeof BroadcastChannel === 'undefined' || typeof navigator === 'undefined' || !navigator.locks) return followEventStream(o);
  const name = `vitrine-stream:${key}`;
  const channel = new BroadcastChannel(name);
  const waiting = new AbortController();
  let closeStream: (() => void) | undefined;
  let releaseLock: (() => void) | undefined;
  let stopped = false;
  const last: { data?: T; state?: StreamState } = {};
  const relay = (m: Relayed<T>) => channel.postMessage(m);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    waiting.abort();
    closeStream?.();
    closeStream = undefined;
    releaseLock?.();
    channel.close();
  };

  channel.onmessage = (ev: MessageEvent<Relayed<T>>) => {
    const m = ev.data;
    if (closeStream) {
      if (m.type !== 'hello') return;
      if (last.state) relay({ type: 'state', state: last.state });
      if (last.data !== undefined) relay({ type: 'data', data: last.data });
      return;
    }
    if (m.type === 'data') o.onData(m.data);
    else if (m.type === 'state') o.onState(m.state);
    else if (m.type === 'gave-up') {
      stop();
      o.onGiveUp();
    }
  };

  navigator.locks
    .request(name, { signal: waiting.signal }, () => {
      if (stopped) return undefined;
      // Held until this tab stops following (or closes, which lets the browser release it).
      return new Promise<void>((release) => {
        releaseLock = release;
        closeStream = followEventStream<T>({
          ...o,
          onData(data) {
            last.data = data;
            o.onData(data);
            relay({ type: 'data', data });
          },
          onState(state) {
            last.state = state;
            o.onState(state);
            relay({ type: 'state', state });
          },
          onGiveUp() {
            relay({ type: 'gave-up' });
            stop();
            o.onGiveUp();
          },
        });
      });
    })
    // Aborted: this tab stopped following before its turn came.
    .catch(() => undefined);
  o.onState('connecting');
  relay({ type: 'hello' });
  return stop;
}
