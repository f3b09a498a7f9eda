import type { ReactNode } from 'react';

/** One column of a back-office table: its header, and what every row shows under it. */
export interface AdminColumn<Row> {
  /** The header text, already translated. */
  label: string;
  cell(row: Row, index: number): ReactNode;
  /** The cell names its row (`<th scope="row">`): a screen reader says it before every other cell of the row. */
  rowHeader?: boolean;
  /**
   * A stacked table hides its header row on a phone: a cell whose value means nothing without its
   * column's name carries that name (`data-label`), and the style sheet writes it before the value.
   */
  stackLabel?: boolean;
  className?: string;
  testId?: string;
}

/** `data-*` attributes of a row: what the browser tests find it by. */
export type AdminRowData = Record<`data-${string}`, string | boolean | undefined>;

/** How the table is named: a caption everyone sees, or a label for screen readers where a heading already says it. */
type AdminTableName = { caption: ReactNode; label?: never } | { label: string; caption?: never };

/** The rows drawn from the columns' cells; or rows that draw themselves (their own state, a detail row under them). */
type AdminTableBody<Row> =
  | { columns: readonly AdminColumn<Row>[]; rowKey(row: Row, index: number): string | number; rowData?(row: Row): AdminRowData; renderRow?: never }
  | { columns: readonly Pick<AdminColumn<Row>, 'label'>[]; renderRow(row: Row): ReactNode; rowKey?: never; rowData?: never };

type AdminTableProps<Row> = AdminTableName &
  AdminTableBody<Row> & {
    rows: readonly Row[];
    /**
     * `stack`: one card per row on a phone; `errors`: cells in the error colour; `inner`: a smaller
     * table inside a cell of another, which scrolls already (so it gets no scroll box of its own).
     */
    variant?: 'stack' | 'errors' | 'inner';
    testId?: string;
  };

/**
 * A named back-office table with a header row, in a box that scrolls sideways on a phone rather than
 * widening the page. It only draws: the tab keeps its data and state and passes texts translated.
 *
 * @example
 * <AdminTable label={t('staff.title')} rows={items} rowKey={(m) => m.id} variant="stack" columns={[
 *   { label: t('staff.colName'), rowHeader: true, cell: (m) => m.name },
 *   { label: t('staff.colRole'), stackLabel: true, cell: (m) => t(`role.${m.role}`) },
 * ]} />
 */
export function AdminTable<Row>(props: AdminTableProps<Row>) {
  const { caption, label, columns, rows, variant, testId } = props;
  const table = (
    <table className={variant ? `admin-table admin-table--${variant}` : 'admin-table'} aria-label={label} data-testid={testId}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.renderRow
          ? rows.map((row) => props.renderRow(row))
          : rows.map((row, i) => (
              <tr key={props.rowKey(row, i)} {...props.rowData?.(row)}>
                {props.columns.map((c) => {
                  const Cell = c.rowHeader ? 'th' : 'td';
                  return (
                    <Cell key={c.label} scope={c.rowHeader ? 'row' : undefined} className={c.className} data-label={c.stackLabel ? c.label : undefined} data-testid={c.testId}>
                      {c.cell(row, i)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
      </tbody>
    </table>
  );
  return variant === 'inner' ? table : <div className="admin-table-wrap">{table}</div>;
}
