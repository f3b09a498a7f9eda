import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import type { Product } from '../../../../shared/catalogue/product';
import { adminApi } from '../../api/admin-api';
import { useT } from '../../i18n/use-t';
import { createJobWatch } from './job-watch-store';
import { JobProgress } from './JobProgress';
import { ModelResult } from './ModelResult';
import { SelectField } from './SelectField';

/** Upload a GLB or a zip for a product or one of its variants, follow the job, see the result. */
export function ModelsTab() {
  const { t, locale } = useT();
  const id = useId();
  const [products, setProducts] = useState<Product[]>([]);
  // Opened from a product's form (`?product=<id>`): that product is already chosen.
  const [params] = useSearchParams();
  const [productId, setProductId] = useState(params.get('product') ?? '');
  const [variantId, setVariantId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [watch] = useState(createJobWatch);

  useEffect(() => {
    adminApi.products({ pageSize: 200 }).then((r) => setProducts(r.items), (e: Error) => setError(e.message));
  }, []);
  const product = products.find((p) => p.id === productId);

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!product || !file) return;
    setBusy(true);
    setError(null);
    try {
      const { jobId } = await adminApi.uploadModel(product.id, file, variantId || undefined);
      watch.getState().watch(jobId);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section" aria-labelledby="models-title">
      <h1 id="models-title">{t('mod.title')}</h1>
      <form className="admin-card" onSubmit={upload} data-testid="model-form">
        <p className="small muted">{t('mod.help')}</p>
        <div className="admin-grid">
          <SelectField
            label={t('mod.product')}
            value={productId}
            onValue={(v) => {
              setProductId(v);
              setVariantId('');
            }}
            options={[['', t('mod.choose')], ...products.map((p) => [p.id, p.name[locale]] as const)]}
            testId="model-product"
          />
          {product && product.variants.length > 0 && (
            <SelectField
              label={t('mod.variant')}
              value={variantId}
              onValue={setVariantId}
              options={[['', t('mod.wholeProduct')], ...product.variants.map((v) => [v.id, v.name[locale]] as const)]}
              testId="model-variant"
            />
          )}
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('mod.file')}</label>
            <input id={`${id}-file`} type="file" accept=".glb,.zip,model/gltf-binary,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="model-file" />
          </div>
        </div>
        {product && (
          <figure className="model-current">
            <img src={product.thumbnail} alt={product.name[locale]} width={120} height={120} />
            <figcaption className="small muted">{t('mod.current')}</figcaption>
          </figure>
        )}
        {error && <p className="notice notice--error" role="alert">{error}</p>}
        <button type="submit" className="btn btn--accent" disabled={!product || !file || busy} data-testid="model-upload">
          {busy ? t('mod.uploading') : t('mod.upload')}
        </button>
      </form>
      <JobProgress watch={watch} testId="model-job" />
      <ModelResult watch={watch} name={product?.name[locale] ?? ''} />
    </section>
  );
}
