import { z } from 'zod';

/** `manager` runs one store (its stock, layout and staff); `admin` runs the whole merchant. */
export const ROLES = ['customer', 'advisor', 'clerk', 'manager', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Staff can act on a customer's cart, but only once a handoff code or an assigned help session grants it. */
export function isStaff(role: Role): boolean {
  return role !== 'customer';
}

export const UserSchema = z.object({
  id: z.string(),
  role: RoleSchema,
  name: z.string().optional(),
  email: z.string().optional(),
  guest: z.boolean().optional(),
  /** Clerks and managers work at one store. */
  storeId: z.string().optional(),
});
export type User = z.infer<typeof UserSchema>;
