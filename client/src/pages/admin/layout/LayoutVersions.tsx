import type { LayoutVersionSummary } from '../../../../../shared/store-layout/layout-api';
import { useT } from '../../../i18n/use-t';

/** Every version of the store's layout, newest first, each one to open in the editor. */
export function LayoutVersions({ versions, onOpen }: { versions: LayoutVersionSummary[]; onOpen(version: number): void }) {
  const { t } = useT();
  return (
    <section aria-labelledby="layout-versions">
      <h3 id="layout-versions">{t('layout.versions')}</h3>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('layout.version')}</th>
              <th scope="col">{t('layout.status')}</th>
              <th scope="col">{t('layout.date')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>{t(`layout.status.${v.status}`)}</td>
                <td>{new Date(v.publishedAt ?? v.createdAt).toLocaleString()}</td>
                <td>
                  <button type="button" onClick={() => onOpen(v.version)}>
                    {t('layout.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
