export interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/**
 * Reads a text/event-stream over fetch, as EventSource would, and hands out parsed events.
 *
 * @example const s = await openSse(url, token); const first = await s.next();
 */
export async function openSse(url: string, headers: Record<string, string> = {}) {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ctrl.signal });
  const queue: SseEvent[] = [];
  const waiters: ((e: SseEvent) => void)[] = [];
  let failed: unknown;
  const pump = async () => {
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += value;
      for (let cut = buf.indexOf('\n\n'); cut >= 0; cut = buf.indexOf('\n\n')) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const e: SseEvent = { event: 'message', data: '' };
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':') || !line) continue;
          const i = line.indexOf(':');
          const field = i < 0 ? line : line.slice(0, i);
          const val = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
          if (field === 'event') e.event = val;
          else if (field === 'id') e.id = val;
          else if (field === 'data') data.push(val);
        }
        if (!data.length) continue;
        e.data = data.join('\n');
        const w = waiters.shift();
        if (w) w(e);
        else queue.push(e);
      }
    }
  };
  // Settles when the server ends the stream (or the connection breaks).
  const ended = res.ok ? pump().catch((e) => (failed = e)).then(() => undefined) : Promise.resolve();
  return {
    status: res.status,
    headers: res.headers,
    /** The next event, or a rejection after `timeoutMs`. */
    next(timeoutMs = 5000): Promise<SseEvent> {
      if (queue.length) return Promise.resolve(queue.shift()!);
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waiters.indexOf(done);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (e: SseEvent) => {
          clearTimeout(timer);
          resolve(e);
        };
        waiters.push(done);
      });
    },
    /** Settles once the server has ended the stream. */
    ended,
    /** Events already received and not yet taken. */
    pending: () => queue.length,
    close: () => ctrl.abort(),
  };
}
