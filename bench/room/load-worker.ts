/**
 * One load-generating process of `npm run bench:room`: joins its share of raw clients, sends
 * their poses at 20 Hz (spread evenly over each period) and counts what they receive.
 */
import { RawSeat, reserveSeat } from './raw-seat';
import { stampedPose, wallNow } from './pose-clock';

interface Start { type: 'join'; url: string; roomId: string; token: string; count: number; firstIndex: number; hz: number }
type Msg = Start | { type: 'measure' } | { type: 'report' } | { type: 'stop' };

let seats: RawSeat[] = [];
let running = false;
let firstIndex = 0;
const send = (m: unknown) => process.send?.(m);

async function join(m: Start) {
  firstIndex = m.firstIndex;
  for (let i = 0; i < m.count; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, m.count - i) }, async () => RawSeat.connect(m.url, await reserveSeat(m.url, 'joinById', m.roomId, m.token))),
    );
    seats.push(...batch);
  }
  running = true;
  const periodMs = 1000 / m.hz;
  const started = performance.now();
  void (async () => {
    const mine = seats;
    for (let tick = 0; running; tick++) {
      const due = started + (tick * periodMs) / mine.length;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      if (!running) break;
      const k = tick % mine.length;
      mine[k]!.sendPose(stampedPose(firstIndex + k, wallNow()));
    }
  })();
  send({ type: 'joined', sessionIds: seats.map((s) => s.sessionId) });
}

process.on('message', (m: Msg) => {
  if (m.type === 'join') {
    join(m).catch((err) => send({ type: 'error', message: String(err) }));
  } else if (m.type === 'measure') {
    for (const s of seats) s.bytes = 0;
    send({ type: 'measuring', at: wallNow() });
  } else if (m.type === 'report') {
    send({ type: 'report', bytes: seats.reduce((n, s) => n + s.bytes, 0), seats: seats.length, at: wallNow() });
  } else if (m.type === 'stop') {
    running = false;
    for (const s of seats) s.close();
    seats = [];
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => process.exit(0));
