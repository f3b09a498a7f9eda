import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useT } from '../../i18n/use-t';

/** Searches the catalogue: submits to the storefront as `/?q=`, keeping the chosen category. */
export function SearchBox() {
  const { t } = useT();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const current = location === '/' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const params = new URLSearchParams(location === '/' ? search : '');
    if (q.trim()) params.set('q', q.trim());
    else params.delete('q');
    const qs = params.toString();
    navigate(qs ? `/?${qs}` : '/');
  };

  return (
    <form className="search" role="search" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('header.search')}
      </label>
      <input
        id="site-search"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('header.searchPlaceholder')}
        maxLength={100}
        autoComplete="off"
      />
      <button type="submit" className="search__go" aria-label={t('header.search')}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
