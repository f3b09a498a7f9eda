import '../../i18n/accounts-text';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import type { MessageKey } from '../../i18n/fr';
import type { OutboxMessage } from '../../../../shared/http/account-schemas';

/**
 * The e-mails the store wrote, newest first. Without SMTP_URL this is where they stay (the links
 * in them work); with SMTP a sent mail keeps only its envelope.
 */
export function OutboxTab() {
  const { t, locale } = useT();
  const [data, setData] = useState<{ mode: 'outbox' | 'smtp'; items: OutboxMessage[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => accountApi.outbox().then(setData, (e: Error) => setError(e.message)), []);
  useEffect(() => void load(), [load]);
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="outbox" data-testid="outbox">
      <h2>{t('outbox.title')}</h2>
      {data && <p className="muted">{t(data.mode === 'smtp' ? 'outbox.modeSmtp' : 'outbox.modeOutbox')}</p>}
      <button type="button" className="btn" onClick={() => void load()}>{t('outbox.refresh')}</button>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data?.items.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
      <ul className="outbox__list">
        {data?.items.map((m) => (
          <li key={m.id} data-testid="outbox-message">
            <details>
              <summary>
                <strong>{m.subject}</strong> · {t('outbox.to')} {m.to} · {when(m.createdAt)} · {t(`outbox.state.${m.state}` as MessageKey)}
              </summary>
              {m.text && <pre className="outbox__text" lang={m.language}>{m.text}</pre>}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
