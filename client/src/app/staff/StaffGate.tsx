import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/fr';
import { SignInForm } from '../../pages/account/SignInForm';
import './staff.css';

/**
 * What a staff screen shows to someone without the right role: its title, why (`children`), and
 * the sign-in form with the demo accounts for that role.
 *
 * @example <StaffGate title={t('pos.signInTitle')} hint="pos.demo">{notice}</StaffGate>
 */
export function StaffGate({ title, hint, children }: { title: string; hint: MessageKey; children?: ReactNode }) {
  return (
    <main className="staff staff--gate" id="main">
      <div className="staff-gate">
        <h1>{title}</h1>
        {children}
        <SignInForm hint={hint} />
      </div>
    </main>
  );
}
