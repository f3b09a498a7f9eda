import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import type { Promotion } from '../../../../shared/pricing/promotion';
import { describePromotion, promotionPeriod, promotionState } from './describe-promotion';
import { promotionsStore } from './promotions-store';
import { PromotionForm } from './PromotionForm';
import { AdminTable } from './AdminTable';

/** The promotions every channel applies, in words; an admin starts new ones and ends them. */
export function PromotionsTab() {
  const { t, locale } = useT();
  const items = useStore(promotionsStore, (s) => s.items);
  const names = useStore(promotionsStore, (s) => s.names);
  const status = useStore(promotionsStore, (s) => s.status);
  const error = useStore(promotionsStore, (s) => s.error);
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  // Cancelling the question gives the focus back to the button that asked it.
  const uid = useId();
  const endButtons = useRef<Record<string, HTMLButtonElement | null>>({});
  // The question just opened takes the focus on its safe answer.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => void promotionsStore.getState().load(), []);
  useEffect(() => {
    if (ending) cancel.current?.focus();
  }, [ending]);
  const words = { t, locale, productName: (id: string) => names[id] };
  const now = new Date().toISOString();

  const end = async (p: Promotion) => {
    setEnding(null);
    if (await promotionsStore.getState().end(p.id)) setEnded(t('promo.ended', { name: p.label[locale] }));
  };

  return (
    <section className="admin-section" aria-labelledby="promo-title">
      <h1 id="promo-title">{t('promo.title')}</h1>
      <p className="small muted">{t('promo.intro')}</p>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <div role="status" data-testid="promo-ended">
        {ended && <p className="notice notice--ok">{ended}</p>}
      </div>
      {status === 'loading' && items.length === 0 && <p className="muted">{t('app.loading')}</p>}
      {status === 'ready' && items.length === 0 && <p className="muted">{t('promo.empty')}</p>}
      {items.length > 0 && (
        <AdminTable
          label={t('promo.title')}
          variant="stack"
          testId="promo-table"
          rows={items}
          rowKey={(p) => p.id}
          rowData={(p) => ({ 'data-testid': 'promo-row', 'data-promotion': p.id })}
          columns={[
            { label: t('promo.colName'), rowHeader: true, cell: (p) => p.label[locale] },
            { label: t('promo.colEffect'), stackLabel: true, testId: 'promo-effect', cell: (p) => describePromotion(p, words) },
            {
              label: t('promo.colWhen'),
              cell: (p, i) => {
                const state = promotionState(p, now);
                return (
                  <>
                    <span className="admin-table__sub promo-when">{promotionPeriod(p, words)}</span>
                    <div className="admin-table__state">
                      <span className={`admin-pill admin-pill--${state === 'active' ? 'published' : 'draft'}`}>{t(`promo.state.${state}`)}</span>
                      <button
                        type="button"
                        className="btn btn--small btn--ghost"
                        ref={(el) => {
                          endButtons.current[p.id] = el;
                        }}
                        aria-label={t('promo.endNamed', { name: p.label[locale] })}
                        aria-expanded={ending === p.id}
                        onClick={() => setEnding(p.id)}
                        data-testid="promo-end"
                      >
                        {t('promo.end')}
                      </button>
                    </div>
                    {ending === p.id && (
                      <div className="promo-confirm" role="group" aria-labelledby={`${uid}-confirm-${i}`} data-testid="promo-confirm">
                        <p id={`${uid}-confirm-${i}`}>{t('promo.confirmEnd', { name: p.label[locale] })}</p>
                        <div className="admin-actions">
                          <button type="button" className="btn btn--small btn--danger" onClick={() => void end(p)} data-testid="promo-confirm-end">
                            {t('promo.confirmYes')}
                          </button>
                          <button
                            type="button"
                            className="btn btn--small btn--ghost"
                            ref={cancel}
                            onClick={() => {
                              setEnding(null);
                              endButtons.current[p.id]?.focus();
                            }}
                          >
                            {t('promo.cancel')}
                          </button>
                        </div>
                      </div>
                    )}
                  </>
                );
              },
            },
          ]}
        />
      )}
      <PromotionForm onCreated={() => setEnded(null)} />
    </section>
  );
}
