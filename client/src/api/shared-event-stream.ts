import { followEventStream, type FollowOptions, type StreamState } from './follow-event-stream';

type Relayed<T> = { type: 'data'; data: T } | { type: 'state'; state: StreamState } | { type: 'gave-up' } | { type: 'hello' };

/**
 * Follows a server-sent event stream once per browser rather than once per tab. A browser keeps
 * at most six connections to a site over HTTP/1.1, and every open stream holds one: with a cart
 * and the catalogue followed in each tab, a shopper's fourth tab would wait for ever. So the tabs
 * following the same `key` elect one (a Web Lock) that holds the stream and relays what it hears
 * on a BroadcastChannel; when that tab closes, the lock passes to another, which opens its own.
 * A newcomer says hello and the holder tells it the stream's state and its last event.
 * A tab the browser freezes (a background tab after a while) can relay nothing, so on `freeze` it
 * closes its stream and lets the lock go to another tab; on `resume` it queues again and says hello.
 * Browsers without Web Locks follow the stream in each tab, as before.
 *
 * @example const stop = followSharedEventStream(`cart:${id}`, { url, event: 'cart', onData, ... })
 */
export function followSharedEventStream<T>(key: string, o: FollowOptions<T>): () => void {
  if (typeof BroadcastChannel === 'undefined' || typeof navigator === 'undefined' || !navigator.locks) return followEventStream(o);
  const name = `vitrine-stream:${key}`;
  const channel = new BroadcastChannel(name);
  let waiting = new AbortController();
  let closeStream: (() => void) | undefined;
  let releaseLock: (() => void) | undefined;
  let stopped = false;
  const last: { data?: T; state?: StreamState } = {};
  const relay = (m: Relayed<T>) => channel.postMessage(m);

  /** Stops holding the stream (or waiting for it), so the lock passes to the next tab in line. */
  const stepDown = () => {
    waiting.abort();
    closeStream?.();
    closeStream = undefined;
    releaseLock?.();
    releaseLock = undefined;
  };
  const onResume = () => {
    if (stopped) return;
    queueForStream();
    relay({ type: 'hello' });
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stepDown();
    if (typeof document !== 'undefined') {
      document.removeEventListener('freeze', stepDown);
      document.removeEventListener('resume', onResume);
    }
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

  function queueForStream() {
    waiting = new AbortController();
    const mine = waiting;
    navigator.locks
      .request(name, { signal: mine.signal }, () => {
        if (stopped || mine.signal.aborted) return undefined;
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
      // Aborted: this tab stopped following (or was frozen) before its turn came.
      .catch(() => undefined);
  }

  queueForStream();
  if (typeof document !== 'undefined') {
    document.addEventListener('freeze', stepDown);
    document.addEventListener('resume', onResume);
  }
  o.onState('connecting');
  relay({ type: 'hello' });
  return stop;
}
