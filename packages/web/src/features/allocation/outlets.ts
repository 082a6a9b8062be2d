/**
 * Who may take a customer (DOMAIN.md §11, docs/api.md "Allocation" › Outlets): staff of its home
 * outlet, or the head of the sub-branch directly above it — an RM of another outlet could not even
 * open the file. The server decides (allocation.rules.ts `mayServe`, 400
 * ALLOCATION_STAFF_NOT_ELIGIBLE); the pickers offer only the staff it would accept.
 */
export interface HomePlace {
  homeOutletId: number;
  homeOutletParentId: number | null;
}

export function mayServe(staff: { role: string; orgId: number }, customer: HomePlace): boolean {
  if (staff.orgId === customer.homeOutletId) return true;
  return staff.role === 'SUB_BRANCH_HEAD' && customer.homeOutletParentId !== null && staff.orgId === customer.homeOutletParentId;
}

/** The staff who may take every one of the customers (all of them when none is given). */
export function mayServeAll<S extends { role: string; orgId: number }>(staff: readonly S[], customers: readonly HomePlace[]): S[] {
  return staff.filter((member) => customers.every((customer) => mayServe(member, customer)));
}
