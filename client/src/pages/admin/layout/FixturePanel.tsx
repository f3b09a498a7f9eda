import { useState } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import type { Fixture, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { useT } from '../../../i18n/use-t';
import { assign, assignment, fixtureCentre, fixtureSize, moveFixture, removeFixture, resizeFixture, rotateFixture } from './edit-layout';

interface Props {
  layout: StoreLayout;
  fixture: Fixture;
  title: string;
  products: Product[];
  onChange(next: StoreLayout): void;
  onRemoved(): void;
}

/** The selected fixture: position, size, turn, removal, and the products and categories it holds. */
export function FixturePanel({ layout, fixture: f, title, products, onChange, onRemoved }: Props) {
  const { t, locale } = useT();
  const [pick, setPick] = useState('');
  const c = fixtureCentre(f);
  const size = fixtureSize(f);
  const held = assignment(f);
  const categories = [...new Set(products.map((p) => p.category))];
  const name = (id: string) => products.find((p) => p.id === id)?.name[locale] ?? id;
  const num = (label: string, value: number, set: (v: number) => void, testId: string) => (
    <label style={{ display: 'block' }}>
      {label}{' '}
      <input type="number" step={0.1} value={Math.round(value * 100) / 100} onChange={(e) => set(Number(e.target.value))} data-testid={testId} style={{ width: '6em' }} />
    </label>
  );

  return (
    <div className="layout-panel" data-testid="layout-panel">
      <h3>{title}</h3>
      {num(t('layout.x'), c.x, (x) => onChange(moveFixture(layout, f.id, x, c.z)), 'layout-x')}
      {num(t('layout.z'), c.z, (z) => onChange(moveFixture(layout, f.id, c.x, z)), 'layout-z')}
      {size && num(t('layout.length'), size.length, (length) => onChange(resizeFixture(layout, f.id, { length })), 'layout-length')}
      {size && f.type !== 'wallDisplay' && num(t('layout.depth'), size.depth, (depth) => onChange(resizeFixture(layout, f.id, { depth })), 'layout-depth')}
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" onClick={() => onChange(rotateFixture(layout, f.id))}>
          {t('layout.rotate')}
        </button>
        <button
          type="button"
          onClick={() => {
            onChange(removeFixture(layout, f.id));
            onRemoved();
          }}
        >
          {t('layout.remove')}
        </button>
      </p>
      {held && (
        <>
          <fieldset>
            <legend>{t('layout.categories')}</legend>
            {categories.map((cat) => (
              <label key={cat} style={{ display: 'inline-block', marginRight: '0.75rem' }}>
                <input
                  type="checkbox"
                  checked={held.categories.includes(cat)}
                  onChange={(e) =>
                    onChange(assign(layout, f.id, { ...held, categories: e.target.checked ? [...held.categories, cat] : held.categories.filter((x) => x !== cat) }))
                  }
                />{' '}
                {cat}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('layout.products')}</legend>
            {held.products.length === 0 && held.categories.length === 0 && <p>{t('layout.noAssignment')}</p>}
            <ul>
              {held.products.map((id) => (
                <li key={id}>
                  {name(id)}{' '}
                  <button type="button" aria-label={t('layout.removeProduct', { name: name(id) })} onClick={() => onChange(assign(layout, f.id, { ...held, products: held.products.filter((x) => x !== id) }))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <label>
              {t('layout.addProduct')}{' '}
              <select
                value={pick}
                onChange={(e) => {
                  const id = e.target.value;
                  setPick('');
                  if (id && !held.products.includes(id)) onChange(assign(layout, f.id, { ...held, products: [...held.products, id] }));
                }}
              >
                <option value="" />
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[locale]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </>
      )}
    </div>
  );
}
