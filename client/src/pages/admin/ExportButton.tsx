import { useState } from 'react';
import { adminApi, type ImportKind } from '../../api/admin-api';
import { useT } from '../../i18n/use-t';

/**
 * Downloads an export as a CSV file. The export needs the session's token, which a plain link
 * cannot send, so the file is fetched and then saved from memory.
 */
export function ExportButton({ kind, locationId, label }: { kind: ImportKind; locationId?: string; label: string }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const csv = await adminApi.exportCsv(kind, locationId);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `vitrine-${kind}${locationId ? `-${locationId}` : ''}-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-button">
      <button type="button" className="btn btn--ghost" disabled={busy} onClick={() => void run()} data-testid={`export-${kind}`}>
        {busy ? t('imp.exporting') : label}
      </button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </span>
  );
}
