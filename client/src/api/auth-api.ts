import type { AuthResponse } from '../../../shared/http/api-schemas';
import type { User } from '../../../shared/auth/role';
import { apiRequest } from './api-client';

export interface DeviceLink {
  code: string;
  /** Absolute URL that opens `path` on another device, signed in as the same customer. */
  url: string;
  /** data: URL of a QR code for `url`. */
  qr: string;
  expiresAt: string;
}

export const authApi = {
  guest: () => apiRequest<AuthResponse>('/auth/guest', { method: 'POST', renewOn401: false }),
  login: (email: string, password: string) =>
    apiRequest<AuthResponse>('/auth/login', { method: 'POST', body: { email, password }, renewOn401: false }),
  me: () => apiRequest<User>('/auth/me', { renewOn401: false }),
  /** @example const { qr } = await authApi.deviceLink('/p/sofa-oslo-3?ar=1') */
  deviceLink: (path: string) => apiRequest<DeviceLink>('/auth/device-link', { method: 'POST', body: { path } }),
  redeemDeviceLink: (code: string) =>
    apiRequest<AuthResponse>(`/auth/device-link/${encodeURIComponent(code)}`, { method: 'POST', renewOn401: false }),
};
