import type { Dashboard } from '../../../shared/dashboard/build-dashboard';
import { apiRequest } from './api-client';

export const dashboardApi = {
  /** @example await dashboardApi.get(14) */
  get: (days: number) => apiRequest<Dashboard>(`/dashboard?days=${days}`),
};
