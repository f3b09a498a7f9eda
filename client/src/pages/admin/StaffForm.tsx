import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useCatalogue } from '../../stores/use-catalogue';
import type { NewStaff } from '../../api/admin-api';
import { isApiError } from '../../api/api-error';
import { issuesToFieldErrors, type FieldErrors } from './product-form';
import { FormField } from './FormField';
import { SelectField } from './SelectField';
import { staffStore } from './staff-store';

/** Creates a staff account; a manager creates advisors and clerks of their own store only. */
export function StaffForm({ admin, storeId }: { admin: boolean; storeId?: string }) {
  const { t } = useT();
  const stores = (useCatalogue((s) => s.locations) ?? []).filter((l) => l.kind === 'store');
  const blank = { email: '', name: '', role: 'clerk', storeId: storeId ?? '', password: '' };
  const [f, setF] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const roles = admin ? (['advisor', 'clerk', 'manager'] as const) : (['advisor', 'clerk'] as const);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const body: NewStaff = { email: f.email.trim(), name: f.name.trim(), role: f.role as NewStaff['role'], password: f.password, ...(f.storeId ? { storeId: f.storeId } : {}) };
      const m = await staffStore.getState().create(body);
      setMessage({ ok: true, text: t('staff.created', { name: m.name }) });
      setF(blank);
    } catch (err) {
      setErrors(isApiError(err) ? issuesToFieldErrors(err.body.issues) : {});
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-card" onSubmit={submit} aria-labelledby="staff-new-title" data-testid="staff-form">
      <h2 id="staff-new-title">{t('staff.new')}</h2>
      <div className="admin-grid">
        <FormField label={t('staff.email')} type="email" autoComplete="off" required value={f.email} onValue={set('email')} error={errors.email} testId="staff-email" />
        <FormField label={t('staff.name')} required value={f.name} onValue={set('name')} error={errors.name} testId="staff-name" />
        <SelectField label={t('staff.role')} value={f.role} onValue={set('role')} error={errors.role} options={roles.map((r) => [r, t(`role.${r}`)] as const)} testId="staff-role" />
        {admin ? (
          <SelectField label={t('staff.store')} value={f.storeId} onValue={set('storeId')} error={errors.storeId} options={[['', t('staff.noStore')], ...stores.map((s) => [s.id, s.name] as const)]} testId="staff-store" />
        ) : null}
        <FormField label={t('staff.password')} type="password" autoComplete="new-password" minLength={8} required value={f.password} onValue={set('password')} error={errors.password} help={t('staff.passwordHelp')} testId="staff-password" />
      </div>
      {message && (
        <p className={`notice ${message.ok ? 'notice--ok' : 'notice--error'}`} role={message.ok ? 'status' : 'alert'} data-testid="staff-message">
          {message.text}
        </p>
      )}
      <button type="submit" className="btn btn--accent" disabled={busy} data-testid="staff-create">
        {t('staff.create')}
      </button>
    </form>
  );
}
