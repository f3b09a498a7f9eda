import { useStore } from 'zustand';
import { helpStore } from '../stores/help-store';
import { useT } from '../i18n/use-t';

/** Where the help feature's panel appears; a notice until that feature is installed. */
export function HelpSlot() {
  const { t } = useT();
  const Panel = useStore(helpStore, (s) => s.Panel);
  const unhandled = useStore(helpStore, (s) => s.unhandled);
  if (Panel) return <Panel />;
  if (!unhandled) return null;
  return (
    <div className="toast" role="status">
      <p>{t('help.soon')}</p>
      <button type="button" className="btn btn--ghost" onClick={() => helpStore.getState().dismiss()}>
        {t('help.close')}
      </button>
    </div>
  );
}
