import { useT } from '../../i18n/use-t';
import type { DryRun } from '../../api/admin-api';
import { AdminTable } from './AdminTable';

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
        <AdminTable
          caption={tn('imp.errors', errors.length)}
          variant="errors"
          testId="import-errors"
          rows={errors}
          rowKey={(_, i) => i}
          columns={[
            { label: t('imp.colRow'), className: 'num', cell: (e) => e.row },
            { label: t('imp.colColumn'), cell: (e) => e.field ?? '' },
            { label: t('imp.colWhy'), cell: (e) => e.text?.[locale] ?? e.message },
          ]}
        />
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
        <AdminTable
          caption={t('imp.changes')}
          testId="import-changes"
          rows={preview.changes}
          rowKey={(c) => c.handle}
          columns={[
            { label: t('imp.colHandle'), rowHeader: true, cell: (c) => c.handle },
            { label: t('imp.colKind'), cell: (c) => t(c.kind === 'create' ? 'imp.kind.create' : 'imp.kind.update') },
            { label: t('imp.colFields'), cell: (c) => c.fields.join(', ') },
          ]}
        />
      )}
    </div>
  );
}
