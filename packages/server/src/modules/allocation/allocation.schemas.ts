/** Request and response shapes of /api/allocation (docs/api.md "Allocation"). Requests are strict. */
import { z } from 'zod';
import { TIER_CODES } from '../tiers/tiers.rules.ts';
import { CHANGE_REASONS, MAINTAINING_ROLES } from './allocation.rules.ts';

const id = z.string().regex(/^[1-9]\d{0,18}$/).describe('a bigint as a decimal string');
const staffId = z.number().int().positive().max(2_147_483_647);
const version = z.string().regex(/^\d{1,19}$/).describe('the relation version the caller saw ("0": no relation yet)');
const money = z.string().describe('yuan, a decimal string with two decimals');

export const staffBrief = z.object({ id: z.number(), staffNo: z.string(), name: z.string(), role: z.string() });

/** A lane as the API shows it: the AUM band in yuan (decimal strings), every field present (null: no bound, no limit). */
const policyLane = z.object({
  key: z.string(),
  tiers: z.array(z.enum(TIER_CODES)).nullable().describe('the service tiers the lane takes (null: any, the AUM band decides)'),
  minAum: money.nullable().describe('lower bound of the AUM band, inclusive (null: none)'),
  maxAum: money.nullable().describe('upper bound of the AUM band, exclusive (null: none)'),
  maxAge: z.number().nullable().describe('customers younger than this only (null: any age)'),
  roles: z.array(z.enum(MAINTAINING_ROLES)).describe('who may maintain the lane, in order of preference'),
  capacity: z.number().nullable().describe('customers of the lane one maintainer holds at most (null: no limit)'),
  advisorCapacity: z.number().nullable().describe('customers of the lane one wealth advisor supports at most (null: no advisors)'),
  quota: z.number().nullable().describe('名单制: customers of the lane each maintainer holds at least (null: none)'),
});
const policyItem = z.object({ code: z.string(), name: z.string(), description: z.string(), active: z.boolean(), lanes: z.array(policyLane) });

export const policyList = z.object({ items: z.array(policyItem) });

export const policyCodeParams = z.strictObject({ code: z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) });

export const policyActivated = z.object({
  /** false: the policy was already the active one and nothing changed. */
  changed: z.boolean(),
  /** The policy active before (its own code when nothing changed). */
  previous: z.string().nullable(),
  /** The policies after the switch, the active one first. */
  items: z.array(policyItem),
});

export const boardQuery = z.strictObject({
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  policy: z.string().max(60).optional(),
});

/** The customer's home outlet and the org above it: who may take it (allocation.rules.ts `mayServe`; the web filters its pickers by it). */
const home = {
  homeOutletId: z.number(),
  homeOutletParentId: z.number().nullable(),
};

const laneLoad = z.object({ lane: z.string(), customers: z.number(), capacity: z.number().nullable(), quota: z.number().nullable() });
const subject = z.object({
  customerId: id,
  customerNo: z.string(),
  name: z.string(),
  tier: z.enum(TIER_CODES),
  aum: money,
  lane: z.string(),
  maintainer: staffBrief.nullable(),
  version,
  ...home,
});

export const board = z.object({
  org: z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() }),
  policy: z.object({ code: z.string(), name: z.string() }),
  evaluationMonth: z.string().nullable(),
  lanes: z.array(z.object({ key: z.string(), tiers: z.array(z.string()).nullable(), capacity: z.number().nullable(), advisorCapacity: z.number().nullable(), quota: z.number().nullable() })),
  staff: z.array(
    staffBrief.extend({
      orgId: z.number(),
      /** Customers maintained (all lanes and none). */
      total: z.number(),
      /** Customers supported as advisor (all lanes and none). */
      supportedTotal: z.number(),
      /** Maintained customers per lane (the roles the lane allows get its capacity; others none). */
      maintained: z.array(laneLoad),
      /** Supported customers per lane, for wealth advisors (capacity: the lane's advisorCapacity) and anyone else who supports some (no capacity). */
      supported: z.array(laneLoad),
      /** Maintains more of a lane than its capacity. */
      overCapacity: z.boolean(),
      /** Supports more of a lane than its advisor capacity. */
      overAdvisorCapacity: z.boolean(),
    }),
  ),
  /**
   * Per lane: the org's customers (`customers`, `assigned`: with a maintainer, `withAdvisor`), and
   * the sums of the staff rows above — maintained load against maintainer capacity, supported load
   * against advisor capacity (null: the lane has none).
   */
  totals: z.array(
    z.object({
      lane: z.string(),
      customers: z.number(),
      assigned: z.number(),
      withAdvisor: z.number(),
      maintainerLoad: z.number(),
      capacity: z.number().nullable(),
      advisorLoad: z.number(),
      advisorCapacity: z.number().nullable(),
    }),
  ),
  unassigned: z.object({ total: z.number(), items: z.array(subject) }),
  leads: z.array(
    z.object({
      id,
      customerId: id,
      customerNo: z.string(),
      customerName: z.string(),
      note: z.string(),
      createdAt: z.string(),
      createdBy: z.object({ staffNo: z.string(), name: z.string(), role: z.string() }),
      maintainerStaffId: z.number().nullable(),
      ...home,
      version,
    }),
  ),
});

export const assignmentBody = z.strictObject({
  /** Why the relations change (history `reason`). */
  kind: z.enum(CHANGE_REASONS.filter((reason) => reason !== 'FEED' && reason !== 'UNASSIGN') as ['MANUAL', 'PROPOSAL', 'HANDOVER', 'UPGRADE_SPECIALIST']).default('MANUAL'),
  note: z.string().trim().max(500).default(''),
  items: z
    .array(
      z.strictObject({
        customerId: id,
        /** null: unassign (the customer keeps no maintainer). */
        maintainerStaffId: staffId.nullable(),
        /** Absent: keep the current advisor; null: none. */
        advisorStaffId: staffId.nullable().optional(),
        expectedVersion: version,
      }),
    )
    .min(1)
    .max(60_000),
});

export const assignmentResult = z.object({
  changed: z.number(),
  items: z.array(z.object({ customerId: id, maintainerStaffId: z.number().nullable(), advisorStaffId: z.number().nullable(), version })),
});

export const proposalBody = z.strictObject({
  orgId: staffId.describe('the outlet or sub-branch to allocate'),
  policy: z.string().max(60).optional(),
});

export const handoverBody = z.strictObject({ staffId, policy: z.string().max(60).optional() });

export const ADVISOR_REASONS = ['ADVISOR_KEPT', 'ADVISOR_MISSING', 'ADVISOR_LEFT', 'ADVISOR_NOT_ELIGIBLE', 'ADVISOR_IS_MAINTAINER', 'ADVISOR_OVER_CAPACITY'] as const;

const proposedItem = z.object({
  customerId: id,
  customerNo: z.string(),
  name: z.string(),
  tier: z.enum(TIER_CODES),
  aum: money,
  lane: z.string().nullable(),
  /** The maintainer before and after (KEPT: the same; only the advisor changes). */
  from: staffBrief.nullable(),
  to: staffBrief.nullable(),
  reason: z.enum(['UNASSIGNED', 'MAINTAINER_LEFT', 'OVER_CAPACITY', 'KEPT']),
  why: z.string(),
  /** The supporting advisor before and after (to null: none); null: the customer has none and gets none. */
  advisor: z
    .object({ from: staffBrief.nullable(), to: staffBrief.nullable(), reason: z.enum(ADVISOR_REASONS), why: z.string() })
    .nullable(),
  expectedVersion: version,
  ...home,
});

export const proposal = z.object({
  org: z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() }),
  policy: z.object({ code: z.string(), name: z.string() }),
  customersConsidered: z.number(),
  moved: z.number(),
  minimumMoves: z.number(),
  /** Existing advisors replaced or cleared, the fewest that must be, and missing advisors added. */
  advisorMoved: z.number(),
  advisorMinimumMoves: z.number(),
  advisorsAdded: z.number(),
  items: z.array(proposedItem),
  unplaced: z.array(proposedItem),
  /** Customers whose advisor should be added or moved but nobody eligible has room (nothing changes for them). */
  advisorUnplaced: z.array(proposedItem),
  receivers: z.array(staffBrief.extend({ orgId: z.number() })),
  /** The org's wealth advisors: who may be chosen as advisor. */
  advisorReceivers: z.array(staffBrief.extend({ orgId: z.number() })),
  durationMs: z.number(),
});

export const leadBody = z.strictObject({ customerId: id, note: z.string().trim().min(1).max(500) });
export const leadCreated = z.object({ id, customerId: id, note: z.string(), createdAt: z.string() });

export const customerIdParams = z.strictObject({ customerId: id });

export const relation = z.object({
  customerId: id,
  maintainer: staffBrief.nullable(),
  advisor: staffBrief.nullable(),
  credit: staffBrief.nullable(),
  since: z.string().nullable(),
  version,
  history: z.array(
    z.object({
      id,
      changedAt: z.string(),
      fromMaintainer: staffBrief.nullable(),
      toMaintainer: staffBrief.nullable(),
      fromAdvisor: staffBrief.nullable(),
      toAdvisor: staffBrief.nullable(),
      credit: staffBrief.nullable(),
      reason: z.enum(CHANGE_REASONS),
      note: z.string(),
      changedBy: z.string(),
    }),
  ),
});

export type AssignmentBody = z.infer<typeof assignmentBody>;
export type Board = z.infer<typeof board>;
export type PolicyList = z.infer<typeof policyList>;
export type ProposalResponse = z.infer<typeof proposal>;
