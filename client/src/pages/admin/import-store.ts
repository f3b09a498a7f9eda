import { createStore, type StoreApi } from 'zustand/vanilla';
import { adminApi, type DryRun, type ImportKind } from '../../api/admin-api';
import { createJobWatch, type JobWatchState } from './job-watch-store';

export interface ImportState {
  kind: ImportKind;
  fileName: string | null;
  csv: string | null;
  status: 'idle' | 'checking' | 'checked' | 'applying' | 'applied' | 'error';
  dryRun: DryRun | null;
  error: string | null;
  /** The job started by `apply`, followed live. */
  job: StoreApi<JobWatchState>;
  /** Reads the file and asks the server what importing it would do (nothing is written). */
  choose(fileName: string, csv: string): Promise<void>;
  /** Starts the real import of the checked file; refused while the dry run lists a wrong row. */
  apply(): Promise<void>;
  reset(): void;
}

/** True when the checked file can be applied: checked, and not one wrong row. */
export const canApply = (s: Pick<ImportState, 'status' | 'dryRun'>) => s.status === 'checked' && !!s.dryRun && s.dryRun.errors.length === 0;

/**
 * A CSV import, in two steps: the dry run (counts, changes per product, every wrong row), then the
 * job that applies it. One store per screen (`products` or `stock`).
 *
 * @example const imp = createImportStore('stock'); await imp.getState().choose(file.name, await file.text())
 */
export function createImportStore(kind: ImportKind): StoreApi<ImportState> {
  return createStore<ImportState>((set, get) => ({
    kind,
    fileName: null,
    csv: null,
    status: 'idle',
    dryRun: null,
    error: null,
    job: createJobWatch(),
    async choose(fileName, csv) {
      get().job.getState().stop();
      set({ fileName, csv, status: 'checking', dryRun: null, error: null });
      try {
        const dryRun = await adminApi.dryRun(kind, csv);
        if (get().csv === csv) set({ dryRun, status: 'checked' });
      } catch (e) {
        if (get().csv === csv) set({ status: 'error', error: (e as Error).message });
      }
    },
    async apply() {
      const s = get();
      if (!canApply(s) || !s.csv) return;
      set({ status: 'applying', error: null });
      try {
        const { jobId } = await adminApi.startImport(kind, s.csv);
        set({ status: 'applied' });
        get().job.getState().watch(jobId);
      } catch (e) {
        set({ status: 'error', error: (e as Error).message });
      }
    },
    reset() {
      get().job.getState().stop();
      set({ fileName: null, csv: null, status: 'idle', dryRun: null, error: null });
    },
  }));
}
