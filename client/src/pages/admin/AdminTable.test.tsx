import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AdminTable, type AdminColumn } from './AdminTable';

interface Member {
  id: string;
  name: string;
  role: string;
  active: boolean;
}

const MEMBERS: Member[] = [
  { id: 'm1', name: 'Inès', role: 'Advisor', active: true },
  { id: 'm2', name: 'Léo', role: 'Clerk', active: false },
];

const COLUMNS: AdminColumn<Member>[] = [
  { label: 'Name', rowHeader: true, cell: (m) => m.name },
  { label: 'Role', stackLabel: true, testId: 'role', cell: (m) => m.role },
  { label: 'State', className: 'num', cell: (m, i) => `${i}:${m.active ? 'on' : 'off'}` },
];

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe('the back-office table', () => {
  it('names its columns and its rows for a screen reader, each cell under its header', () => {
    const out = html(<AdminTable label="Staff" variant="stack" testId="staff-table" rows={MEMBERS} rowKey={(m) => m.id} columns={COLUMNS} />);
    expect(out).toContain('<table class="admin-table admin-table--stack" aria-label="Staff" data-testid="staff-table">');
    expect(out).toContain('<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">State</th></tr></thead>');
    expect(out).toContain('<tr><th scope="row">Inès</th><td data-label="Role" data-testid="role">Advisor</td><td class="num">0:on</td></tr>');
    expect(out).toContain('<td class="num">1:off</td>');
    expect(out).not.toContain('<caption');
  });

  it('scrolls sideways in its own box on a phone, unless it sits inside another table', () => {
    expect(html(<AdminTable label="Staff" rows={MEMBERS} rowKey={(m) => m.id} columns={COLUMNS} />)).toMatch(/^<div class="admin-table-wrap"><table class="admin-table" aria-label="Staff">/);
    expect(html(<AdminTable label="Changes" variant="inner" rows={MEMBERS} rowKey={(m) => m.id} columns={COLUMNS} />)).toMatch(/^<table class="admin-table admin-table--inner"/);
  });

  it('shows a caption when it has one, and puts the row data a test finds a row by on the row', () => {
    const out = html(<AdminTable caption="2 wrong rows" rows={MEMBERS} rowKey={(m) => m.id} rowData={(m) => ({ 'data-testid': 'staff-row', 'data-active': m.active })} columns={COLUMNS} />);
    expect(out).toContain('<table class="admin-table"><caption>2 wrong rows</caption><thead>');
    expect(out).toContain('<tr data-testid="staff-row" data-active="false"><th scope="row">Léo</th>');
  });

  it('lets rows that draw themselves fill the body under the same header', () => {
    const out = html(<AdminTable label="Audit" rows={MEMBERS} columns={[{ label: 'Who' }]} renderRow={(m) => <tr key={m.id} className="mine"><td>{m.name}</td></tr>} />);
    expect(out).toContain('<thead><tr><th scope="col">Who</th></tr></thead><tbody><tr class="mine"><td>Inès</td></tr><tr class="mine"><td>Léo</td></tr></tbody>');
  });
});
