import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { tillStore } from './till-store';
import { parseHandoffCode } from './parse-handoff-code';

const QrScanner = lazy(() => import('./QrScanner').then((m) => ({ default: m.QrScanner })));

/** How a customer's cart reaches the till: the QR code on their phone, its six characters typed, or a fresh walk-in sale. */
export function OpenCartForm() {
  const { t } = useT();
  const busy = useStore(tillStore, (s) => s.busy);
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const parsed = parseHandoffCode(code);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed) void tillStore.getState().open(parsed);
  };

  return (
    <div className="till-open">
      <form onSubmit={submit} className="till-open__form">
        <label htmlFor="till-code">{t('pos.code')}</label>
        <div className="till-open__row">
          <input
            id="till-code"
            className="till-open__code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="K7P2QX"
            maxLength={64}
            data-testid="till-code"
          />
          <button type="submit" className="btn btn--accent" disabled={!parsed || busy} data-testid="till-open">
            {t('pos.open')}
          </button>
        </div>
      </form>
      <div className="till-open__alt">
        <button type="button" className="btn btn--ghost" onClick={() => setScanning((s) => !s)} aria-expanded={scanning} data-testid="till-scan">
          {scanning ? t('pos.scanStop') : t('pos.scan')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => void tillStore.getState().walkIn()} disabled={busy} data-testid="till-walk-in">
          {t('pos.walkIn')}
        </button>
      </div>
      {scanning && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <QrScanner
            onCode={(c) => {
              setScanning(false);
              setCode(c);
              void tillStore.getState().open(c);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
