/** What the contact use cases share: the caller as a viewer, id parameters, a not-found answer. */
import { z } from 'zod';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';

export const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

/** RMs and advisors work their own customers; everyone else with contact.read sees an org. */
export const worksOwnCustomers = (role: string): boolean => role === 'RELATIONSHIP_MANAGER' || role === 'WEALTH_ADVISOR';

export const positiveId = (what: string) =>
  z.string().refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, `${what} is a positive whole number`);
export const customerIdParams = z.strictObject({ customerId: positiveId('a customer id') });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a real calendar date');
export const staffRef = z.object({ staffNo: z.string(), name: z.string() });
export const customerRef = z.object({ id: z.string(), customerNo: z.string(), name: z.string() });

export function customerNotFound(by: { id: bigint } | { customerNo: string }): DomainError {
  // An id is not echoed back: a 404 names no customer id, in scope or not (the BOLA matrix checks it).
  return new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope', 'customerNo' in by ? { customerNo: by.customerNo } : {});
}
