import { expect, test, type Page } from '@playwright/test';

/**
 * Voice chat between two people in one session of the walkable store, with Chromium's fake
 * microphone (a short loud beep every half second) and its permission prompt answered yes.
 * Everything is read through the page's own hook (`window.__vitrineRoom`, set by the avatars layer)
 * and the session panel; nothing here depends on the frame rate.
 */
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

// The project's launch options (executable, base args) plus the fake microphone.
test.use({
  launchOptions: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from its first parameter's pattern; this one needs none.
    async ({}, use, workerInfo) => {
      const base = workerInfo.project.use.launchOptions ?? {};
      await use({ ...base, args: [...(base.args ?? []), ...FAKE_MEDIA] });
    },
    { scope: 'worker' },
  ],
});

interface PeerStats {
  state: RTCPeerConnectionState;
  panner: boolean;
  /** inbound-rtp, kind audio */
  bytesReceived: number;
  /** outbound-rtp, kind audio */
  bytesSent: number;
}

interface VoiceProbe {
  me: string | null;
  status: string;
  kind?: string;
  others: string[];
  voice: { enabled: boolean; muted: boolean; speaking: boolean; pushToTalk: boolean };
  /** The local microphone track is enabled (sending sound), or null before the mic is on. */
  micOn: boolean | null;
  panners: number;
  peers: Record<string, PeerStats>;
}

/** The session and the voice mesh as the page holds them, with each connection's audio RTP counters. */
function probe(page: Page): Promise<VoiceProbe | null> {
  return page.evaluate(async () => {
    const r = (window as any).__vitrineRoom;
    if (!r?.voiceDebug) return null;
    const s = r.store.getState();
    const v = r.voice.getState();
    const peers: Record<string, PeerStats> = {};
    for (const [id, p] of r.voiceDebug.peers() as Map<string, { pc: RTCPeerConnection; panner?: PannerNode }>) {
      const out: PeerStats = { state: p.pc.connectionState, panner: !!p.panner, bytesReceived: 0, bytesSent: 0 };
      (await p.pc.getStats()).forEach((x: any) => {
        if (x.type === 'inbound-rtp' && x.kind === 'audio') out.bytesReceived += x.bytesReceived ?? 0;
        if (x.type === 'outbound-rtp' && x.kind === 'audio') out.bytesSent += x.bytesSent ?? 0;
      });
      peers[id] = out;
    }
    const track = r.voiceDebug.micTrack() as MediaStreamTrack | null;
    return {
      me: s.me,
      status: s.status,
      kind: s.view?.kind,
      others: (s.view?.participants ?? []).map((p: { id: string }) => p.id).filter((id: string) => id !== s.me),
      voice: { enabled: v.enabled, muted: v.muted, speaking: v.speaking, pushToTalk: v.pushToTalk },
      micOn: track ? track.enabled : null,
      panners: r.voiceDebug.panners(),
      peers,
    };
  });
}

/** How much a counter grew over `ms` (polled by the caller, so a slow start only delays it). */
async function growth(page: Page, peer: string, counter: keyof Omit<PeerStats, 'state' | 'panner'>, ms = 700): Promise<number> {
  const before = (await probe(page))?.peers[peer]?.[counter] ?? 0;
  await page.waitForTimeout(ms);
  return ((await probe(page))?.peers[peer]?.[counter] ?? 0) - before;
}

/**
 * The loudest sample that came out of the remote voice's `PannerNode` in the last 0.7 s (an
 * analyser tapped onto it on first call), and where that panner stands.
 */
function pannerOutput(page: Page, peer: string) {
  return page.evaluate((id) => {
    const r = (window as any).__vitrineRoom;
    const p = r.voiceDebug.peers().get(id) as { panner?: PannerNode } | undefined;
    if (!p?.panner) return null;
    const w = window as any;
    w.__voiceTaps ??= new Map();
    let tap = w.__voiceTaps.get(p.panner) as AnalyserNode | undefined;
    if (!tap) {
      tap = p.panner.context.createAnalyser();
      tap.fftSize = 32768;
      p.panner.connect(tap);
      w.__voiceTaps.set(p.panner, tap);
    }
    const data = new Float32Array(tap.fftSize);
    tap.getFloatTimeDomainData(data);
    let peak = 0;
    for (const x of data) peak = Math.max(peak, Math.abs(x));
    const head = r.live.tracks.get(id)?.last as Float32Array | undefined;
    return {
      contextState: p.panner.context.state,
      peak,
      at: [p.panner.positionX.value, p.panner.positionY.value, p.panner.positionZ.value] as [number, number, number],
      head: head ? ([head[0], head[1], head[2]] as [number, number, number]) : null,
    };
  }, peer);
}

/**
 * The fake microphone beeps at about 0.7 peak every half second; between beeps, and from a muted
 * microphone, the panner puts out silence (Chromium leaves inbound-rtp's audio level at 0 when the
 * remote stream plays through WebAudio, so the panner's output is what says something was heard).
 */
const SOUND = 0.05;
const heard = async (page: Page, peer: string) => (await pannerOutput(page, peer))?.peak ?? 0;

/** The other person's row in the session panel and its voice icon (muted, speaking or mic on). */
const otherVoice = (page: Page) => page.getByTestId('room-person').filter({ hasNotText: '(you)' }).locator('.room-person__voice');
const voiceButtons = (page: Page) => page.getByTestId('session-panel').locator('.room-voice');

test('voice: two friends in one session hear each other: connected, audio flows both ways, speaking shows, mute and hold-V push-to-talk work, each voice has its panner', async ({ browser }, info) => {
  test.setTimeout(60_000);
  const started = Date.now();
  const lap = (what: string) => console.log(`[voice] ${what} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Small windows: two software-rendered stores at once on two slow cores.
  const opts = { viewport: { width: 640, height: 400 }, locale: 'en-GB', permissions: ['microphone'] };
  const ctxA = await browser.newContext(opts);
  const ctxB = await browser.newContext(opts);
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  for (const [who, page] of [['A', a], ['B', b]] as const) {
    page.on('console', (m) => m.type() === 'error' && console.log(`[${who}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${who}] ${e.message}`));
  }

  // A (a guest) opens a friends' visit; A and B both follow its invite link into the store.
  await a.goto('/');
  await a.waitForFunction(() => !!localStorage.getItem('vitrine.session'));
  const joinPath = await a.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const res = await fetch('/api/sessions', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'friends' }) });
    return ((await res.json()) as { joinPath: string }).joinPath;
  });
  expect(joinPath).toMatch(/^\/store\?session=.+&invite=.+/);
  await Promise.all([a.goto(joinPath), b.goto(joinPath)]);
  for (const page of [a, b]) {
    await expect.poll(async () => {
      const p = await probe(page);
      return p && p.status === 'connected' && p.kind === 'friends' ? p.others.length : -1;
    }, { timeout: 40_000 }).toBe(1);
  }
  const idA = (await probe(a))!.me!;
  const idB = (await probe(b))!.me!;
  lap('both in the session');

  // Both unfold the session panel (folded on small screens) and turn their microphone on: it starts muted.
  for (const page of [a, b]) {
    await page.getByTestId('session-toggle').click();
    await voiceButtons(page).getByRole('button', { name: /Turn the mic on/ }).click();
    await expect(voiceButtons(page).getByRole('button', { name: /Unmute/ })).toBeVisible();
  }
  for (const [page, other] of [[a, idB], [b, idA]] as const) {
    await expect.poll(async () => (await probe(page))?.peers[other]?.state, { timeout: 15_000 }).toBe('connected');
    expect((await probe(page))!.micOn).toBe(false);
    // One positional voice per remote participant, once the later of the two microphones is negotiated in.
    await expect.poll(async () => (await probe(page))?.panners, { timeout: 10_000 }).toBe(1);
    expect((await probe(page))?.peers[other]?.panner).toBe(true);
    await expect(otherVoice(page)).toHaveAttribute('aria-label', 'muted');
  }
  lap('peer connections connected');

  // Both unmute: audio RTP flows both ways, the sound comes out of each remote voice's panner
  // (which stands at that avatar's head), and each sees the other speaking.
  for (const page of [a, b]) await voiceButtons(page).getByRole('button', { name: /Unmute/ }).click();
  for (const [page, other] of [[a, idB], [b, idA]] as const) {
    expect((await probe(page))!.micOn).toBe(true);
    await expect.poll(() => growth(page, other, 'bytesReceived'), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => heard(page, other), { timeout: 10_000 }).toBeGreaterThan(SOUND);
    await expect.poll(async () => {
      const o = await pannerOutput(page, other);
      return o?.head ? Math.hypot(o.at[0] - o.head[0], o.at[1] - o.head[1], o.at[2] - o.head[2]) : Infinity;
    }, { timeout: 10_000 }).toBeLessThan(0.05);
    expect((await pannerOutput(page, other))!.contextState).toBe('running');
    await expect(otherVoice(page)).toHaveAttribute('aria-label', 'speaking', { timeout: 10_000 });
  }
  await a.getByTestId('session-panel').screenshot({ path: info.outputPath('1-A-sees-B-speaking.png') });
  await b.getByTestId('session-panel').screenshot({ path: info.outputPath('2-B-sees-A-speaking.png') });
  lap('audio flows both ways, speaking shown');

  // B mutes: B's track goes off, A shows B muted and hears nothing more from B (B still hears A).
  await voiceButtons(b).getByRole('button', { name: /Mute/ }).click();
  expect((await probe(b))!.micOn).toBe(false);
  await expect(otherVoice(a)).toHaveAttribute('aria-label', 'muted');
  await expect.poll(() => heard(a, idB), { timeout: 10_000 }).toBeLessThan(SOUND);
  expect(await heard(b, idA)).toBeGreaterThan(SOUND);
  await a.getByTestId('session-panel').screenshot({ path: info.outputPath('3-A-sees-B-muted.png') });
  lap('mute');

  // Push-to-talk: B ticks "Hold V to talk" (still muted), then holds V: heard while held, muted once let go.
  await voiceButtons(b).getByRole('checkbox', { name: /Hold V to talk/ }).check();
  await expect.poll(async () => (await probe(b))!.voice.pushToTalk).toBe(true);
  expect((await probe(b))!.micOn).toBe(false);
  await b.keyboard.down('KeyV');
  await expect.poll(async () => (await probe(b))!.micOn).toBe(true);
  await expect(otherVoice(a)).not.toHaveAttribute('aria-label', 'muted');
  await expect.poll(() => heard(a, idB), { timeout: 10_000 }).toBeGreaterThan(SOUND);
  await expect(otherVoice(a)).toHaveAttribute('aria-label', 'speaking', { timeout: 10_000 });
  await a.getByTestId('session-panel').screenshot({ path: info.outputPath('4-A-sees-B-talking-with-V.png') });
  await b.getByTestId('session-panel').screenshot({ path: info.outputPath('5-B-holding-V.png') });
  await b.keyboard.up('KeyV');
  await expect.poll(async () => (await probe(b))!.micOn).toBe(false);
  await expect(otherVoice(a)).toHaveAttribute('aria-label', 'muted');
  await expect.poll(() => heard(a, idB), { timeout: 10_000 }).toBeLessThan(SOUND);
  lap('push-to-talk');

  // Still one connection and one panner each: nothing was renegotiated into duplicates.
  for (const page of [a, b]) expect((await probe(page))!.panners).toBe(1);
  await ctxA.close();
  await ctxB.close();
});
