import { z } from 'zod';
import { ORG_LEVELS } from '../../platform/access/scope.rules.ts';

/** Request and response shapes of /api/auth; never a password, hash or session token. */
export const loginBody = z.object({
  staffNo: z.string().trim().min(1).max(32),
  // The upper bound stops multi-megabyte "passwords" from reaching argon2.
  password: z.string().min(1).max(1024),
});

export const staffView = z.object({
  staffNo: z.string(),
  name: z.string(),
  role: z.string(),
  orgId: z.number().int(),
  /** The staff member's org, named (the header shows it; pickers start from it). */
  org: z.object({ id: z.number().int(), code: z.string(), name: z.string(), level: z.enum(ORG_LEVELS) }),
});

export const sessionView = z.object({
  staff: staffView,
  /** The password was set by someone else (first admin, reset): the client must ask for a new one. */
  mustChangePassword: z.boolean(),
  /** Send as X-CSRF-Token on every write while this session lasts. */
  csrfToken: z.string(),
  /** What this staff member may do (docs/access-model.md): the client renders from it, the server enforces it. */
  permissions: z.array(z.string()),
});

export const errorBody = z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) });
