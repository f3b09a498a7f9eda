import { useT } from '../../i18n/use-t';
import type { DryRun } from '../../api/admin-api';

/**
 * What a dry run found: the counts, the changes per product, every wrong row (row, column, why),
 * and the active products that would be on sale without a 3D model (allowed, but said).
 */
export function ImportPreview({ dryRun, fileName }: { dryRun: DryRun; fileName: string }) {
  const { t, tn, locale } = useT();
  const { preview, errors } = dryRun;
  const withoutModel = (preview.warnings ?? []).filter((w) => w.code === 'no_model');
  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>{t('imp.previewTitle', { file: fileName })}</h3>
      <dl className="import-preview__counts">
        <div><dt>{t('imp.create')}</dt><dd data-testid="count-create">{preview.create}</dd></div>
        <div><dt>{t('imp.update')}</dt><dd data-testid="count-update">{preview.update}</dd></div>
        <div><dt>{t('imp.unchanged')}</dt><dd data-testid="count-unchanged">{preview.unchanged}</dd></div>
      </dl>
      {errors.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--errors" data-testid="import-errors">
            <caption>{tn('imp.errors', errors.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imp.colRow')}</th>
                <th scope="col">{t('imp.colColumn')}</th>
                <th scope="col">{t('imp.colWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={i}>
                  <td className="num">{e.row}</td>
                  <td>{e.field ?? ''}</td>
                  <td>{e.text?.[locale] ?? e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice notice--ok">{t('imp.noErrors')}</p>
      )}
      {withoutModel.length > 0 && (
        <div className="notice import-preview__no-model" role="status" data-testid="import-no-model">
          <p>{tn('imp.noModel', withoutModel.length)}</p>
          <ul className="import-preview__handles">
            {withoutModel.map((w) => (
              <li key={w.handle}>{w.handle}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.changes.length > 0 && (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="import-changes">
            <caption>{t('imp.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imp.colHandle')}</th>
                <th scope="col">{t('imp.colKind')}</th>
                <th scope="col">{t('imp.colFields')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={c.handle}>
                  <th scope="row">{c.handle}</th>
                  <td>{t(c.kind === 'create' ? 'imp.kind.create' : 'imp.kind.update')}</td>
                  <td>{c.fields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
