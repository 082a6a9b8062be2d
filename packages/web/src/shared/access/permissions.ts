/**
 * The permission names the server serializes in `permissions` (GET /api/auth/me;
 * docs/access-model.md). The client renders from them — a menu item, a button — and the server
 * enforces them; hiding a button is for the user's sake, never the security.
 */
export const PERMISSIONS = {
  customerRead: 'customer.read',
  customerReadLimited: 'customer.read.limited',
  customerShowInFull: 'customer.show-in-full',
  customerExport: 'customer.export',
  exportApprove: 'export.approve',
  tierRead: 'tier.read',
  tierPolicyRead: 'tier-policy.read',
  tierPolicyWrite: 'tier-policy.write',
  evaluationRun: 'evaluation.run',
  importRunRead: 'import-run.read',
  auditRead: 'audit.read',
  staffManage: 'staff.manage',
  allocationRead: 'allocation.read',
  allocationManage: 'allocation.manage',
  allocationPolicyManage: 'allocation-policy.manage',
  leadCreate: 'lead.create',
  potentialFlag: 'potential.flag',
  serviceAgreementWrite: 'service-agreement.write',
  specialAdmissionRequest: 'special-admission.request',
  specialAdmissionApprove: 'special-admission.approve',
  cardRead: 'card.read',
  cardOperate: 'card.operate',
  cardApprove: 'card.approve',
  cardStockManage: 'card-stock.manage',
  cardTypeManage: 'card-type.manage',
  contactRead: 'contact.read',
  contactWrite: 'contact.write',
  contactReview: 'contact.review',
  contactRuleManage: 'contact-rule.manage',
  contactEventManage: 'contact-event.manage',
  marketingConsentWrite: 'marketing-consent.write',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

/** Fails closed: an unknown name is never granted. */
export function can(permissions: readonly string[], permission: Permission): boolean {
  return permissions.includes(permission);
}
