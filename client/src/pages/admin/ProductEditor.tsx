import { useEffect, useState, type FormEvent } from 'react';
import type { Product } from '../../../../shared/catalogue/product';
import { adminApi } from '../../api/admin-api';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { emptyDraft, fromDraft, issuesToFieldErrors, toDraft, type FieldErrors, type ProductDraft } from './product-form';
import { productsStore } from './products-store';
import { ProductForm } from './ProductForm';
import { StatusPill } from './StatusPill';
import { MissingModelNotice } from './MissingModelNotice';

/**
 * One product's form: loads it (or starts a new one), sends euros as cents and centimetres as
 * metres, shows the server's validation errors beside their fields, publishes and unpublishes.
 */
export function ProductEditor({ productId, readOnly, notice, onClose, onCreated }: {
  productId: string | null;
  readOnly: boolean;
  /** A message to show on opening ("saved", after a creation). */
  notice?: string;
  onClose(): void;
  onCreated(id: string): void;
}) {
  const { t, locale } = useT();
  const [product, setProduct] = useState<Product | null>(null);
  const [draft, setDraft] = useState<ProductDraft | null>(productId ? null : emptyDraft());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(notice ? { ok: true, text: notice } : null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!productId) return;
    adminApi.product(productId).then(
      (p) => {
        setProduct(p);
        setDraft(toDraft(p));
      },
      (e: Error) => setMessage({ ok: false, text: e.message }),
    );
  }, [productId]);

  const adopt = (p: Product) => {
    setProduct(p);
    setDraft(toDraft(p));
    productsStore.getState().put(p);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft || readOnly) return;
    const built = fromDraft(draft, product?.price.currency);
    if ('errors' in built) {
      setErrors(built.errors);
      setMessage({ ok: false, text: t('prod.fixErrors') });
      return;
    }
    setBusy(true);
    setMessage(null);
    setErrors({});
    try {
      const saved = draft.isNew ? await adminApi.createProduct(built.input) : await adminApi.saveProduct(built.input);
      adopt(saved);
      setMessage({ ok: true, text: t('prod.saved') });
      if (draft.isNew) onCreated(saved.id);
    } catch (err) {
      const fields = isApiError(err) ? issuesToFieldErrors(err.body.issues) : {};
      setErrors(fields);
      setMessage({ ok: false, text: Object.keys(fields).length > 0 ? t('prod.fixErrors') : (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const publish = async (published: boolean) => {
    if (!product) return;
    setBusy(true);
    setMessage(null);
    try {
      adopt(await adminApi.setPublished(product.id, published));
      setMessage({ ok: true, text: t(published ? 'prod.publishedNow' : 'prod.unpublishedNow') });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const status = product?.status ?? 'published';
  return (
    <div className="product-editor" data-testid="product-editor">
      <p>
        <button type="button" className="link-button" onClick={onClose}>
          ← {t('prod.back')}
        </button>
      </p>
      <div className="admin-section__head">
        <h1 id="products-title">{product ? t('prod.formEdit', { name: product.name[locale] }) : t('prod.formNew')}</h1>
        {product && (
          <div className="product-editor__status">
            <span className="visually-hidden">{t('prod.statusNow', { status: t(status === 'draft' ? 'prod.draft' : 'prod.published') })}</span>
            <span aria-hidden="true"><StatusPill status={status} /></span>
            {!readOnly && (
              <button type="button" className="btn btn--small" disabled={busy} onClick={() => void publish(status === 'draft')} data-testid="product-publish">
                {t(status === 'draft' ? 'prod.publish' : 'prod.unpublish')}
              </button>
            )}
          </div>
        )}
      </div>
      {message && (
        <p className={`notice ${message.ok ? 'notice--ok' : 'notice--error'}`} role={message.ok ? 'status' : 'alert'} data-testid="product-message">
          {message.text}
        </p>
      )}
      {product && <MissingModelNotice product={product} readOnly={readOnly} />}
      {errors._ && <p className="error-text">{errors._}</p>}
      {!draft && message?.ok !== false && <p className="muted">{t('app.loading')}</p>}
      {draft && <ProductForm draft={draft} onChange={setDraft} errors={errors} readOnly={readOnly} busy={busy} onSubmit={save} />}
    </div>
  );
}
