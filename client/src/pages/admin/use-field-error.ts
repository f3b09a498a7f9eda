import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import type { FieldErrors } from './product-form';

const LOCAL = new Set(['required', 'amount', 'size']);

/**
 * The message to show beside a field: the form's own checks (`amount`, `size`...) are translated,
 * the server's messages are shown as they come.
 */
export function useFieldError(errors: FieldErrors) {
  const { t } = useT();
  return (path: string): string | undefined => {
    const e = errors[path];
    return e && LOCAL.has(e) ? t(`err.${e}` as MessageKey) : e;
  };
}
