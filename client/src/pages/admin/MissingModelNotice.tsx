import { Link } from 'wouter';
import type { Product } from '../../../../shared/catalogue/product';
import { onSaleWithoutModel } from '../../../../shared/catalogue/product-model';
import { useT } from '../../i18n/use-t';

/** Says a product on sale has no 3D model yet, with the way to the models tab opened on it. */
export function MissingModelNotice({ product, readOnly }: { product: Product; readOnly: boolean }) {
  const { t } = useT();
  if (!onSaleWithoutModel(product)) return null;
  return (
    <div className="notice product-editor__no-model" data-testid="product-no-model">
      {/* A manager cannot open the models tab: no way there to offer. */}
      <p>{t(readOnly ? 'prod.noModelReadOnly' : 'prod.noModel')}</p>
      {!readOnly && (
        <Link href={`/admin?tab=models&product=${encodeURIComponent(product.id)}`} className="btn btn--small" data-testid="product-add-model">
          {t('prod.addModel')}
        </Link>
      )}
    </div>
  );
}
