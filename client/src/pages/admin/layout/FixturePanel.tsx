import { useState } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import type { Fixture, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { useT } from '../../../i18n/use-t';
import { ProductOptions } from './ProductOptions';
import { MetreField } from './MetreField';
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
  return (
    <div className="layout-panel" data-testid="layout-panel">
      <h3>{title}</h3>
      <MetreField label={t('layout.x')} value={c.x} onValue={(x) => onChange(moveFixture(layout, f.id, x, c.z))} testId="layout-x" />
      <MetreField label={t('layout.z')} value={c.z} onValue={(z) => onChange(moveFixture(layout, f.id, c.x, z))} testId="layout-z" />
      {size && <MetreField label={t('layout.length')} value={size.length} onValue={(length) => onChange(resizeFixture(layout, f.id, { length }))} testId="layout-length" />}
      {size && f.type !== 'wallDisplay' && <MetreField label={t('layout.depth')} value={size.depth} onValue={(depth) => onChange(resizeFixture(layout, f.id, { depth }))} testId="layout-depth" />}
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
                <ProductOptions products={products} locale={locale} />
              </select>
            </label>
          </fieldset>
        </>
      )}
    </div>
  );
}
