import { useId, useState, type FormEvent } from 'react';
import { DESK_CANCEL_REASONS, type CancelPickupPartRequest } from '../../../../shared/orders/part-cancellation';
import { useT } from '../../i18n/use-t';

type Reason = CancelPickupPartRequest['reason'];

/**
 * The desk's "cancel this part" action: asked first, then confirmed with a reason, so a slip of
 * the finger never releases a customer's goods.
 */
export function CancelPartForm({ busy, onCancel }: { busy: boolean; onCancel: (body: CancelPickupPartRequest) => void }) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<Reason>('no_show');
  const [note, setNote] = useState('');

  if (!open) {
    return (
      <button type="button" className="btn btn--small btn--ghost" disabled={busy} onClick={() => setOpen(true)} data-testid="desk-cancel-part">
        {t('desk.cancelPart')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCancel({ reason, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <form className="pickup-card__cancel" onSubmit={submit} data-testid="desk-cancel-form">
      <p className="small">{t('desk.cancelQuestion')}</p>
      <fieldset>
        <legend className="small">{t('desk.cancelReason')}</legend>
        {DESK_CANCEL_REASONS.map((r) => (
          <label key={r} className="small">
            <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} data-testid={`desk-cancel-reason-${r}`} />{' '}
            {t(`desk.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="small" htmlFor={`${id}-note`}>
        {t('desk.cancelNote')}
      </label>
      <input id={`${id}-note`} maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} data-testid="desk-cancel-note" />
      <div className="pickup-card__cancel-actions">
        <button type="submit" className="btn btn--small btn--danger" disabled={busy} data-testid="desk-cancel-confirm">
          {t('desk.cancelConfirm')}
        </button>
        <button type="button" className="btn btn--small btn--ghost" disabled={busy} onClick={() => setOpen(false)}>
          {t('desk.cancelBack')}
        </button>
      </div>
    </form>
  );
}
