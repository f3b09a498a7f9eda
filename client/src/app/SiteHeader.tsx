import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { SearchBox } from './header/SearchBox';
import { LanguageSwitch } from './header/LanguageSwitch';
import { CartLink } from './header/CartLink';
import { AccountLink } from './header/AccountLink';
import { HelpButton } from './header/HelpButton';

export function SiteHeader() {
  const { t } = useT();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href="/" className="logo" aria-label={t('header.home')}>
          Vitrine
        </Link>
        <SearchBox />
        <nav className="site-header__actions" aria-label="Vitrine">
          <HelpButton />
          <LanguageSwitch />
          <AccountLink />
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
