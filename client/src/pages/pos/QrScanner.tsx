import { useEffect, useRef, useState } from 'react';
import jsQR from 'jsqr';
import { useT } from '../../i18n/use-t';
import { parseHandoffCode } from './parse-handoff-code';

/** How often a frame is decoded: enough to feel instant, light enough for a till's small CPU. */
const SCAN_EVERY_MS = 150;

/**
 * The device camera, decoding QR codes until one holds a handoff code (`<origin>/pos?code=XXXXXX`).
 * Loaded only when the clerk presses "scan" (the decoder is a chunk of its own).
 *
 * @example <QrScanner onCode={(code) => till.open(code)} />
 */
export function QrScanner({ onCode }: { onCode(code: string): void }) {
  const { t } = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState(false);
  const done = useRef(onCode);
  done.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        setError(true);
        return;
      }
      if (stopped || !video.current) {
        for (const tr of stream.getTracks()) tr.stop();
        return;
      }
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      timer = setInterval(() => {
        const v = video.current;
        if (!v || !ctx || v.readyState < 2 || !v.videoWidth) return;
        // Decoding a downscaled frame is several times faster and still reads a phone's QR code.
        const scale = Math.min(1, 640 / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
        const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
        const code = found ? parseHandoffCode(found.data) : null;
        if (code) {
          clearInterval(timer);
          done.current(code);
        }
      }, SCAN_EVERY_MS);
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      for (const tr of stream?.getTracks() ?? []) tr.stop();
    };
  }, []);

  if (error) return <p className="notice">{t('pos.cameraDenied')}</p>;
  return (
    <figure className="qr-scanner" data-testid="qr-scanner">
      <video ref={video} muted playsInline aria-label={t('pos.scanHelp')} />
      <figcaption className="small muted">{t('pos.scanHelp')}</figcaption>
    </figure>
  );
}
