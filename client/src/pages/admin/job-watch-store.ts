import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Job } from '../../../../shared/http/job-schemas';
import { adminApi } from '../../api/admin-api';

/** How often a running job is read again. */
export const JOB_POLL_MS = 500;

export interface JobWatchState {
  jobId: string | null;
  job: Job | null;
  /** Why the job could not be read (network, 403...); the polling goes on after a network failure. */
  error: string | null;
  /** Follows a job until it succeeds or fails; following another stops the previous one. */
  watch(jobId: string): void;
  stop(): void;
}

export const isDone = (job: Job | null) => job?.state === 'succeeded' || job?.state === 'failed';

/**
 * A background job followed live: read at once, then every {@link JOB_POLL_MS} until done. One
 * store per screen (imports, stock, models), so each shows its own job.
 *
 * @example const watch = createJobWatch(); watch.getState().watch(jobId); useStore(watch, (s) => s.job?.progress)
 */
export function createJobWatch(): StoreApi<JobWatchState> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Bumped on every watch/stop so an answer for a job no longer followed is dropped.
  let generation = 0;
  return createStore<JobWatchState>((set, get) => {
    const poll = async (jobId: string, gen: number) => {
      timer = null;
      try {
        const job = await adminApi.job(jobId);
        if (gen !== generation) return;
        set({ job, error: null });
        if (isDone(job)) return;
      } catch (e) {
        if (gen !== generation) return;
        const err = e as { status?: number; message: string };
        set({ error: err.message });
        // A refusal will not change by asking again; a lost connection may.
        if (err.status && err.status >= 400 && err.status < 500 && err.status !== 429) return;
      }
      timer = setTimeout(() => void poll(jobId, gen), JOB_POLL_MS);
    };
    return {
      jobId: null,
      job: null,
      error: null,
      watch(jobId) {
        get().stop();
        const gen = ++generation;
        set({ jobId, job: null, error: null });
        void poll(jobId, gen);
      },
      stop() {
        generation++;
        if (timer) clearTimeout(timer);
        timer = null;
      },
    };
  });
}
