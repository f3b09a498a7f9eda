import { useT } from '../../i18n/use-t';

/** "Check your mail": the same words whether or not the address has an account. */
export function CheckMail({ email }: { email: string }) {
  const { t } = useT();
  return (
    <div className="access-card" role="status" data-testid="check-mail">
      <h2>{t('acct.checkMail.title')}</h2>
      <p>{t('acct.checkMail.body', { email })}</p>
      <p className="muted small">{t('acct.checkMail.outbox')}</p>
    </div>
  );
}
