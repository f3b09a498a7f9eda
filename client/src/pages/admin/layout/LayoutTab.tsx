import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Product } from '../../../../../shared/catalogue/product';
import type { Location } from '../../../../../shared/catalogue/location';
import type { LayoutVersionSummary } from '../../../../../shared/store-layout/layout-api';
import type { Fixture, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { layoutApi } from '../../../api/layout-api';
import { catalogueApi } from '../../../api/catalogue-api';
import { ApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/fr';
import { useSession } from '../../../stores/use-session';
import { PlanView } from './PlanView';
import { FixturePanel } from './FixturePanel';
import { PALETTE, addFixture, moveFixture } from './edit-layout';
import { findSetItem, moveSetItem, type SetItemRef } from './edit-room-set';
import { applyPlanCommand, planKeyCommand } from './plan-key';
import { RoomSetsPanel } from './RoomSetsPanel';
import { SetItemPanel } from './SetItemPanel';
import { LayoutVersions } from './LayoutVersions';

const LayoutPreview = lazy(() => import('./LayoutPreview').then((m) => ({ default: m.LayoutPreview })));

interface Issue {
  fixtureId?: string;
  itemId?: string;
  otherId?: string;
  message: string;
}

/**
 * The back office's store plan: a top view of one store's layout where fixtures are selected,
 * dragged (10 cm steps), turned, added and removed, with products and categories assigned per
 * fixture, and room sets dressed with products placed one by one; saved as a draft (the server
 * checks it and names the fixtures and set products at fault) and published to every open store
 * view. Managers see their own store only.
 */
export function LayoutTab() {
  const { t, locale } = useT();
  const user = useSession((s) => s.user);
  const manager = user?.role === 'manager';
  const allowed = user?.role === 'admin' || manager;
  const [stores, setStores] = useState<Location[]>([]);
  const [storeId, setStoreId] = useState<string>(manager && user?.storeId ? user.storeId : '');
  const [products, setProducts] = useState<Product[]>([]);
  const [versions, setVersions] = useState<LayoutVersionSummary[]>([]);
  const [layout, setLayout] = useState<StoreLayout | null>(null);
  const [editing, setEditing] = useState<{ version: number; status: LayoutVersionSummary['status'] } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selectedId, setSelectedIdState] = useState<string | null>(null);
  const [selectedItem, setSelectedItemState] = useState<SetItemRef | null>(null);
  // One selection at a time: a fixture or a room set product.
  const setSelectedId = useCallback((id: string | null) => {
    setSelectedIdState(id);
    setSelectedItemState(null);
  }, []);
  const setSelectedItem = useCallback((ref: SetItemRef | null) => {
    setSelectedItemState(ref);
    setSelectedIdState(null);
  }, []);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [zoom, setZoom] = useState(1);
  const [preview, setPreview] = useState(false);

  useEffect(() => {
    if (!allowed) return;
    void catalogueApi.locations().then((r) => {
      const list = r.items.filter((l) => l.kind === 'store' && (!manager || l.id === user?.storeId));
      setStores(list);
      setStoreId((cur) => cur || list[0]?.id || '');
    });
    void catalogueApi.products().then((r) => setProducts(r.items));
  }, [allowed, manager, user?.storeId]);

  const open = useCallback(async (id: string, version?: number) => {
    const list = (await layoutApi.versions(id)).items;
    setVersions(list);
    // The draft when there is one, else the published version: what the merchant works on next.
    const pick = version ?? (list.find((v) => v.status === 'draft') ?? list.find((v) => v.status === 'published') ?? list[0])?.version;
    if (pick === undefined) return;
    const v = await layoutApi.version(id, pick);
    setLayout(v.layout);
    setEditing({ version: v.version, status: v.status });
    setDirty(false);
    setIssues([]);
    setSelectedId(null);
  }, [setSelectedId]);

  useEffect(() => {
    if (storeId) void open(storeId).catch(() => setNotice(t('app.error')));
  }, [storeId, open, t]);

  const change = (next: StoreLayout) => {
    setLayout(next);
    setDirty(true);
    setNotice('');
  };
  const selected = layout?.fixtures.find((f) => f.id === selectedId) ?? null;
  const setItem = layout ? findSetItem(layout, selectedItem) : undefined;
  const faulty = useMemo(
    () => new Set(issues.flatMap((i) => [i.fixtureId, i.otherId, i.itemId && `${i.fixtureId}/${i.itemId}`].filter((x): x is string => !!x))),
    [issues],
  );
  const nameOf = (f: Fixture) => `${t(`layout.kind.${f.type === 'shelving' ? f.style : f.type}` as MessageKey)} ${f.id}`;
  const sizes = useMemo(() => new Map(products.map((p) => [p.id, p.dimensionsM])), [products]);
  const itemName = (ref: SetItemRef) => {
    const found = layout ? findSetItem(layout, ref) : undefined;
    if (!found) return ref.itemId;
    const product = products.find((p) => p.id === found.item.productId);
    return t('layout.setItem', { name: product?.name[locale] ?? found.item.productId, set: found.set.name[locale] });
  };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const command = planKeyCommand(e.key, e.shiftKey);
    const selection = selectedItem ? { item: selectedItem } : selectedId ? { fixtureId: selectedId } : null;
    if (!layout || !command || !selection) return;
    e.preventDefault();
    const done = applyPlanCommand(layout, selection, command);
    if (done.layout !== layout) change(done.layout);
    if (done.cleared) setSelectedId(null);
  };

  const failed = (err: unknown) => {
    if (err instanceof ApiError && Array.isArray(err.body.issues)) setIssues(err.body.issues as Issue[]);
    else setIssues([{ message: err instanceof Error ? err.message : t('app.error') }]);
  };
  const save = async () => {
    if (!layout) return;
    setBusy(true);
    try {
      const draft = await layoutApi.saveDraft(storeId, layout);
      setIssues([]);
      setDirty(false);
      setEditing({ version: draft.version, status: 'draft' });
      setNotice(t('layout.saved', { version: draft.version }));
      setVersions((await layoutApi.versions(storeId)).items);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    if (!layout) return;
    setBusy(true);
    try {
      // What is on screen is what gets published.
      if (dirty || editing?.status !== 'draft') await layoutApi.saveDraft(storeId, layout);
      const done = await layoutApi.publish(storeId);
      setIssues([]);
      setDirty(false);
      setEditing({ version: done.version, status: 'published' });
      setNotice(t('layout.published', { version: done.version }));
      setVersions((await layoutApi.versions(storeId)).items);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  if (!allowed) return <p role="alert">{t('layout.forbidden')}</p>;
  return (
    <section className="layout-tab" aria-labelledby="layout-title" style={{ display: 'grid', gap: '0.75rem', maxWidth: '100%' }}>
      <h1 id="layout-title">{t('layout.title')}</h1>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        <label>
          {t('layout.store')}{' '}
          <select value={storeId} onChange={(e) => setStoreId(e.target.value)} disabled={manager} data-testid="layout-store">
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setZoom((z) => Math.max(0.5, z / 1.5))} aria-label={t('layout.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => setZoom((z) => Math.min(6, z * 1.5))} aria-label={t('layout.zoomIn')}>
          +
        </button>
        <button type="button" onClick={save} disabled={busy || !layout}>
          {t('layout.saveDraft')}
        </button>
        <button type="button" onClick={publish} disabled={busy || !layout} data-testid="layout-publish">
          {t('layout.publish')}
        </button>
        <button type="button" onClick={() => setPreview((p) => !p)} disabled={!layout} aria-expanded={preview} data-testid="layout-preview-toggle">
          {t(preview ? 'layout.previewHide' : 'layout.preview')}
        </button>
        {dirty && <span>{t('layout.unsaved')}</span>}
      </div>
      {editing && <p>{t('layout.editing', { version: editing.version, status: t(`layout.status.${editing.status}`) })}</p>}
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {issues.length > 0 && (
        <div role="alert" data-testid="layout-issues">
          <p>{t('layout.refused')}</p>
          <ul>
            {issues.map((i, k) => (
              <li key={k}>
                {i.fixtureId ? (
                  <button type="button" className="link" onClick={() => (i.itemId ? setSelectedItem({ setId: i.fixtureId!, itemId: i.itemId }) : setSelectedId(i.fixtureId!))}>
                    {i.message}
                  </button>
                ) : (
                  i.message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div role="toolbar" aria-label={t('layout.add')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem' }}>
        {PALETTE.map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={!layout}
            onClick={() => {
              if (!layout) return;
              const added = addFixture(layout, kind, layout.spawn.x, layout.spawn.z - 6);
              change(added.layout);
              setSelectedId(added.id);
            }}
          >
            + {t(`layout.kind.${kind}`)}
          </button>
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' }}>
        <div style={{ flex: '3 1 300px', minWidth: 0 }}>
          {layout && (
            <PlanView
              layout={layout}
              selectedId={selectedId}
              faulty={faulty}
              zoom={zoom}
              label={t('layout.plan')}
              nameOf={nameOf}
              onSelect={setSelectedId}
              onMove={(id, x, z) => change(moveFixture(layout, id, x, z))}
              onKey={onKey}
              selectedItem={selectedItem}
              sizeOf={(id) => sizes.get(id)}
              itemName={itemName}
              onSelectItem={setSelectedItem}
              onMoveItem={(ref, x, z) => change(moveSetItem(layout, ref.setId, ref.itemId, x, z))}
            />
          )}
        </div>
        <div style={{ flex: '1 1 240px', minWidth: 0, display: 'grid', gap: '0.75rem' }}>
          {layout && setItem && selectedItem ? (
            <SetItemPanel layout={layout} selected={selectedItem} title={itemName(selectedItem)} onChange={change} onRemoved={() => setSelectedItem(null)} />
          ) : layout && selected ? (
            <FixturePanel
              layout={layout}
              fixture={selected}
              title={nameOf(selected)}
              products={products}
              onChange={change}
              onRemoved={() => setSelectedId(null)}
            />
          ) : (
            <p>{t('layout.none')}</p>
          )}
          {layout && <RoomSetsPanel layout={layout} products={products} selected={selectedItem} faulty={faulty} onChange={change} onSelect={setSelectedItem} />}
        </div>
      </div>
      {preview && layout && (
        <Suspense fallback={<p className="muted">{t('layout.previewLoading')}</p>}>
          <LayoutPreview layout={layout} />
        </Suspense>
      )}
      <LayoutVersions versions={versions} onOpen={(version) => void open(storeId, version)} />
    </section>
  );
}
