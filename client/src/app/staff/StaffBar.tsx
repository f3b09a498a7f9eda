import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { sessionStore } from '../../stores/session-store';
import { LanguageSwitch } from '../header/LanguageSwitch';
import './staff.css';
import '../../i18n/my-account-text';

/**
 * The dark bar of a staff screen: the brand line, the screen's own controls (`children`), then
 * who is signed in, the language and "sign out".
 *
 * @example <StaffBar brand={<>Vitrine · Till</>} name={clerk.name}><nav>…</nav></StaffBar>
 */
export function StaffBar({ brand, name, children }: { brand: ReactNode; name?: string; children?: ReactNode }) {
  const { t } = useT();
  return (
    <header className="staff-bar">
      <p className="staff-bar__brand">{brand}</p>
      {children}
      <div className="staff-bar__who">
        {name && <span>{name}</span>}
        <LanguageSwitch />
        <button type="button" className="link-button" onClick={() => void sessionStore.getState().logout()}>
          {t('account.signOut')}
        </button>
      </div>
    </header>
  );
}
