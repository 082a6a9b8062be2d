import type { FastifyInstance } from 'fastify';
import { sessionOf, type Session } from '../platform/audit/audit.routes.test-support.ts';
import type { Bank, StaffRef } from '../modules/customers/customers.test-bank.ts';

/** A cast of route tests: a name, a role and the org code the staff member works at. */
export type Cast<Name extends string> = readonly (readonly [name: Name, role: string, orgCode: string])[];

/**
 * Creates each staff member of the cast in the bank and logs them in: route tests then act
 * `as.rm`, `as.outletHead`, … and build customers maintained by `staff.rm`.
 */
export async function loggedInCast<Name extends string>(
  app: FastifyInstance,
  bank: Bank,
  cast: Cast<Name>,
): Promise<{ staff: Record<Name, StaffRef>; as: Record<Name, Session> }> {
  const staff = {} as Record<Name, StaffRef>;
  const as = {} as Record<Name, Session>;
  for (const [name, role, orgCode] of cast) {
    staff[name] = await bank.staffMember(role, orgCode);
    as[name] = await sessionOf(app, staff[name].staffNo);
  }
  return { staff, as };
}
