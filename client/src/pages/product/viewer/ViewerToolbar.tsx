import { useT } from '../../../i18n/use-t';

/** Toggle the dimension guides and auto-rotation, and reset the view; keyboard users get the same as drag users. */
export function ViewerToolbar(props: { dims: boolean; rotating: boolean; onDims(on: boolean): void; onRotate(on: boolean): void; onReset(): void }) {
  const { t } = useT();
  return (
    <div className="viewer__toolbar" role="toolbar" aria-label="3D">
      <button type="button" className="tool" aria-pressed={props.dims} onClick={() => props.onDims(!props.dims)} data-testid="toggle-dims">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M3 17h18M3 14v6M21 14v6M7 4v9M4 7l3-3 3 3M4 10l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('viewer.dims')}
      </button>
      <button type="button" className="tool" aria-pressed={props.rotating} onClick={() => props.onRotate(!props.rotating)}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M20 12a8 8 0 1 1-2.3-5.6M20 4v5h-5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('viewer.rotate')}
      </button>
      <button type="button" className="tool" onClick={props.onReset}>
        {t('viewer.reset')}
      </button>
    </div>
  );
}
