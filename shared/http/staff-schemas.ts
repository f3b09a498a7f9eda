import { z } from 'zod';

export const STAFF_ROLES = ['advisor', 'clerk', 'manager'] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const StaffMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['advisor', 'clerk', 'manager', 'admin']),
  storeId: z.string().nullable(),
  active: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffListSchema = z.object({ items: z.array(StaffMemberSchema) });

/** Clerks and managers belong to a store (a manager's own when it adds them); advisors may. */
export const CreateStaffRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(200)),
  name: z.string().trim().min(1).max(120),
  role: StaffRoleSchema,
  storeId: z.string().min(1).max(100).optional(),
  password: z.string().min(8).max(200),
});
export type CreateStaffRequest = z.infer<typeof CreateStaffRequestSchema>;
