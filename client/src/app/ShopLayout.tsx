import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';
import { HelpSlot } from './HelpSlot';
import { ConsentBanner } from '../privacy/ConsentBanner';

/** Header, main content and footer around the customer-facing pages. */
export function ShopLayout({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <HelpSlot />
      <SiteFooter />
      <ConsentBanner />
    </div>
  );
}
