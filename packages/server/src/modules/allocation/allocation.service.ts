/**
 * Allocation use cases (DOMAIN.md §6): the board, assignments with optimistic concurrency,
 * proposals and handovers, leads, a customer's relation and its history. Reads are scoped in SQL
 * and audited before they are returned; writes are one transaction and one audit row.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { auditEventBy } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction, type Queryable } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { formatCents } from '../../platform/money.ts';
import { findEvaluatedRun } from '../customers/customer-search.store.ts';
import { findPolicyInForce } from '../tiers/policy-in-force.ts';
import type { TierCode } from '../tiers/tiers.rules.ts';
import { ADVISOR_ROLES, propose, type AdvisorChange, type ProposalStaff, type ProposedAssignment, type UnplacedCustomer } from './allocation-proposal.rules.ts';
import { advisorWhyText, creditAfterChange, MAINTAINING_ROLES, mayServe, whyText, type CustomerPlace, type WhyLocale } from './allocation.rules.ts';
import type { AssignmentBody, Board, PolicyList, ProposalResponse } from './allocation.schemas.ts';
import {
  activatePolicy,
  countUnassigned,
  customerInScope,
  findCustomersOf,
  findLoads,
  findOpenLeads,
  findOrgInScope,
  findOrgStaff,
  findPolicy,
  findRelation,
  findStaff,
  findStaffInScope,
  findSubjects,
  insertLead,
  listPolicies,
  lockCustomers,
  writeChanges,
  type AllocationPolicy,
  type BoundEvaluation,
  type LoadRow,
  type RelationChange,
  type StaffRow,
  type SubjectRow,
} from './allocation.store.ts';

export type AllocationCaller = ApiCaller & { locale: WhyLocale };

export const AUDIT_ACTIONS = {
  policies: 'GET /api/allocation/policies',
  activatePolicy: 'POST /api/allocation/policies/:code/activate',
  board: 'GET /api/allocation/board',
  assign: 'POST /api/allocation/assignments',
  proposal: 'POST /api/allocation/proposals',
  handover: 'POST /api/allocation/handovers',
  lead: 'POST /api/allocation/leads',
  relation: 'GET /api/allocation/customers/:customerId',
} as const;

/** The board lists this many unassigned customers (the total is counted). */
const BOARD_UNASSIGNED_LIMIT = 500;

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });
const briefOf = (staff: StaffRow | undefined) => (staff ? { id: staff.id, staffNo: staff.staffNo, name: staff.name, role: staff.role } : null);
const laneKey = (policy: AllocationPolicy, lane: number | null) => (lane === null ? 'other' : policy.lanes[lane]!.key);

/** Why a staff member may not take a customer: `details.reason` of ALLOCATION_STAFF_NOT_ELIGIBLE (the catalogue shows it). */
const NOT_ELIGIBLE = {
  otherOutlet: {
    zh: '该员工在其他网点工作，只能承接本网点的客户（子支行行长可承接下辖网点的客户）',
    en: "the staff member works at another outlet; staff take only their own outlet's customers (a sub-branch head: those of the outlets directly below)",
  },
  unavailable: { zh: '不在您的管理范围、已离职或岗位不符', en: 'outside your scope, left, or in a role that cannot take it' },
  sameAsMaintainer: { zh: '辅助理财经理不能同时是管户人', en: 'the advisor cannot also be the maintainer' },
  notFound: { zh: '您的管理范围内没有此员工', en: 'no such staff member in your scope' },
} as const;

async function evaluationOf(db: Queryable): Promise<BoundEvaluation & { monthLabel: string | null }> {
  const inForce = await findPolicyInForce(db);
  const run = inForce && (await findEvaluatedRun(db, inForce.policyCode, inForce.month));
  return run && inForce ? { policyId: run.policyId, month: inForce.month, monthLabel: inForce.month.slice(0, 7) } : { policyId: null, month: null, monthLabel: null };
}

async function policyOf(db: Queryable, code: string | undefined): Promise<AllocationPolicy> {
  const policy = await findPolicy(db, code);
  if (!policy) throw new DomainError('ALLOCATION_POLICY_NOT_FOUND', `no allocation policy ${code ?? '(active)'}`, { policy: code ?? null });
  return policy;
}

async function orgOf(db: Queryable, caller: ApiCaller, orgId: number | undefined) {
  const org = await findOrgInScope(db, viewerOf(caller), orgId ?? caller.orgId);
  if (!org) throw new DomainError('ALLOCATION_ORG_NOT_FOUND', 'no such org in your scope', { orgId: orgId ?? caller.orgId });
  return org;
}

/** A policy as the API shows it: AUM bounds in yuan, absent fields as null. */
function presentPolicy(policy: AllocationPolicy): PolicyList['items'][number] {
  const yuan = (cents: string | undefined) => (cents === undefined ? null : formatCents(BigInt(cents)));
  return {
    code: policy.code,
    name: policy.name,
    description: policy.description,
    active: policy.active,
    lanes: policy.lanes.map((lane) => ({
      key: lane.key,
      tiers: lane.tiers ?? null,
      minAum: yuan(lane.minAumCents),
      maxAum: yuan(lane.maxAumCents),
      maxAge: lane.maxAge ?? null,
      roles: lane.roles,
      capacity: lane.capacity ?? null,
      advisorCapacity: lane.advisorCapacity ?? null,
      quota: lane.quota ?? null,
    })),
  };
}

export async function readPolicies(context: ApiContext, caller: ApiCaller): Promise<PolicyList> {
  const items = await listPolicies(context.pool);
  await context.audit.record(auditEventBy(caller, { action: AUDIT_ACTIONS.policies, result: 'ALLOWED' }));
  return { items: items.map(presentPolicy) };
}

/**
 * Makes a policy the one in force (head office; allocation-policy.manage): one transaction, the
 * previous one inactive. Boards, proposals and handovers read the active policy on every request,
 * so they follow at once; no relation moves — a head runs a proposal to rebalance. Already
 * active: nothing changes (`changed: false`), still audited as the request it was.
 */
export async function activateAllocationPolicy(context: ApiContext, caller: ApiCaller, code: string) {
  const outcome = await inTransaction(context.pool, (client) => activatePolicy(client, code));
  if (outcome === undefined) {
    await context.audit.record(auditEventBy(caller, { action: AUDIT_ACTIONS.activatePolicy, result: 'DENIED', details: { policy: code, reason: 'ALLOCATION_POLICY_NOT_FOUND' } }));
    throw new DomainError('ALLOCATION_POLICY_NOT_FOUND', `no allocation policy ${code}`, { policy: code });
  }
  const changed = outcome.previous !== code;
  await context.audit.record(
    auditEventBy(caller, { action: AUDIT_ACTIONS.activatePolicy, result: 'ALLOWED', details: { policy: code, previous: outcome.previous, changed } }),
  );
  return { changed, previous: outcome.previous, items: (await listPolicies(context.pool)).map(presentPolicy) };
}

function loadsByStaff(rows: readonly LoadRow[]) {
  const map = new Map<number, { maintained: Map<number | null, number>; supported: Map<number | null, number>; total: number; supportedTotal: number }>();
  for (const row of rows) {
    const entry = map.get(row.staffId) ?? { maintained: new Map(), supported: new Map(), total: 0, supportedTotal: 0 };
    const target = row.kind === 'MAINTAINER' ? entry.maintained : entry.supported;
    target.set(row.lane, (target.get(row.lane) ?? 0) + row.customers);
    if (row.kind === 'MAINTAINER') entry.total += row.customers;
    else entry.supportedTotal += row.customers;
    map.set(row.staffId, entry);
  }
  return map;
}

export async function readBoard(context: ApiContext, caller: AllocationCaller, query: { orgId?: number; policy?: string }): Promise<Board> {
  const viewer = viewerOf(caller);
  const org = await orgOf(context.pool, caller, query.orgId);
  const policy = await policyOf(context.pool, query.policy);
  const evaluation = await evaluationOf(context.pool);
  const staff = await findOrgStaff(context.pool, org.id);
  const [loads, unassigned, total, leads, subjects] = await Promise.all([
    findLoads(context.pool, staff.map((member) => member.id), policy.lanes, evaluation),
    findSubjects(context.pool, viewer, { orgId: org.id, lanes: policy.lanes, evaluation, unassignedOnly: true, limit: BOARD_UNASSIGNED_LIMIT }),
    countUnassigned(context.pool, viewer, org.id, policy.lanes, evaluation),
    findOpenLeads(context.pool, viewer, org.id),
    findSubjects(context.pool, viewer, { orgId: org.id, lanes: policy.lanes, evaluation, unassignedOnly: false }),
  ]);
  const byStaff = loadsByStaff(loads);
  const laneIndexes = [...policy.lanes.keys()];
  const staffRows = staff.map((member) => {
    const entry = byStaff.get(member.id);
    const maintained = [...laneIndexes, null].map((lane) => {
      const spec = lane === null ? undefined : policy.lanes[lane]!;
      const allowed = spec?.roles.includes(member.role as (typeof MAINTAINING_ROLES)[number]) ?? false;
      return {
        lane: laneKey(policy, lane),
        customers: entry?.maintained.get(lane) ?? 0,
        capacity: allowed ? (spec?.capacity ?? null) : null,
        quota: allowed ? (spec?.quota ?? null) : null,
      };
    });
    // Advisor places belong to the wealth advisors; anyone else who supports customers shows them without places.
    const advisor = member.role === 'WEALTH_ADVISOR';
    const supported =
      advisor || (entry?.supportedTotal ?? 0) > 0
        ? [...laneIndexes, null].map((lane) => ({
            lane: laneKey(policy, lane),
            customers: entry?.supported.get(lane) ?? 0,
            capacity: advisor && lane !== null ? (policy.lanes[lane]!.advisorCapacity ?? null) : null,
            quota: null,
          }))
        : [];
    const over = (loads: readonly { customers: number; capacity: number | null }[]) => loads.some((load) => load.capacity !== null && load.customers > load.capacity);
    return {
      ...briefOf(member)!,
      orgId: member.orgId,
      total: entry?.total ?? 0,
      supportedTotal: entry?.supportedTotal ?? 0,
      maintained,
      supported,
      overCapacity: over(maintained),
      overAdvisorCapacity: over(supported),
    };
  });
  // The org's rows are the sums of the staff rows: one meaning of load and capacity on the whole board.
  const sum = (values: readonly (number | null)[]) => (values.every((value) => value === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));
  const board: Board = {
    org,
    policy: { code: policy.code, name: policy.name },
    evaluationMonth: evaluation.monthLabel,
    lanes: policy.lanes.map((lane) => ({
      key: lane.key,
      tiers: lane.tiers ?? null,
      capacity: lane.capacity ?? null,
      advisorCapacity: lane.advisorCapacity ?? null,
      quota: lane.quota ?? null,
    })),
    staff: staffRows,
    totals: laneIndexes.map((lane) => {
      const key = policy.lanes[lane]!.key;
      const inLane = subjects.filter((subject) => subject.lane === lane);
      const maintained = staffRows.map((member) => member.maintained.find((load) => load.lane === key)!);
      const supported = staffRows.flatMap((member) => member.supported.filter((load) => load.lane === key));
      return {
        lane: key,
        customers: inLane.length,
        assigned: inLane.filter((subject) => subject.maintainerStaffId !== null).length,
        withAdvisor: inLane.filter((subject) => subject.advisorStaffId !== null).length,
        maintainerLoad: maintained.reduce((total, load) => total + load.customers, 0),
        capacity: sum(maintained.map((load) => load.capacity)),
        advisorLoad: supported.reduce((total, load) => total + load.customers, 0),
        advisorCapacity: sum(supported.map((load) => load.capacity)),
      };
    }),
    unassigned: { total, items: unassigned.map((subject) => subjectItem(policy, subject, undefined)) },
    leads,
  };
  await context.audit.record(
    auditEventBy(caller, {
      action: AUDIT_ACTIONS.board,
      result: 'ALLOWED',
      customerIds: [...unassigned.map((subject) => subject.id), ...leads.map((lead) => BigInt(lead.customerId))],
      details: { orgId: org.id, policy: policy.code },
    }),
  );
  return board;
}

function subjectItem(policy: AllocationPolicy, subject: SubjectRow, maintainer: StaffRow | undefined) {
  return {
    customerId: String(subject.id),
    customerNo: subject.customerNo,
    name: subject.name,
    tier: subject.tier as TierCode,
    aum: formatCents(subject.aumCents),
    lane: laneKey(policy, subject.lane),
    maintainer: briefOf(maintainer),
    version: subject.version,
    homeOutletId: subject.homeOutletId,
    homeOutletParentId: subject.homeOutletParentId,
  };
}

/**
 * Assign, move or unassign customers, one transaction for all items: each item carries the
 * relation version its author saw, and if any relation changed since, nothing is written and the
 * caller gets ALLOCATION_CONFLICT naming the customers. The customer rows are locked first, so
 * of two concurrent allocations of one customer exactly one wins.
 */
export async function assign(context: ApiContext, caller: AllocationCaller, body: AssignmentBody) {
  const viewer = viewerOf(caller);
  const ids = [...new Set(body.items.map((item) => item.customerId))];
  if (ids.length !== body.items.length) {
    throw new DomainError('REQUEST_INVALID', 'a customer appears twice in one allocation', { issues: [{ path: 'items', message: 'duplicate customerId' }] });
  }
  const result = await inTransaction(context.pool, async (client) => {
    const current = await lockCustomers(client, viewer, ids.map(BigInt));
    const missing = ids.filter((id) => !current.has(id));
    if (missing.length > 0) throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
    const conflicts = body.items.filter((item) => current.get(item.customerId)!.version !== item.expectedVersion).map((item) => item.customerId);
    if (conflicts.length > 0) {
      throw new DomainError('ALLOCATION_CONFLICT', 'another change to these relations came first', { customerIds: conflicts, count: conflicts.length });
    }
    const staffIds = [
      ...new Set(body.items.flatMap((item) => [item.maintainerStaffId, item.advisorStaffId ?? null]).filter((id): id is number => id !== null)),
    ];
    const staff = new Map((await findStaffInScope(client, viewer, staffIds)).map((member) => [member.id, member]));
    const changes: RelationChange[] = body.items.map((item) => {
      const now = current.get(item.customerId)!;
      const advisor = item.maintainerStaffId === null ? null : item.advisorStaffId === undefined ? now.advisorStaffId : item.advisorStaffId;
      // Who stays in place needs no new check (a proposal that changes only the advisor keeps the
      // maintainer as is); everyone newly named must be eligible.
      if (item.maintainerStaffId !== now.maintainerStaffId) check(item.maintainerStaffId, MAINTAINING_ROLES, 'maintainerStaffId', now);
      if (advisor !== now.advisorStaffId) check(item.advisorStaffId === undefined ? null : advisor, ADVISOR_ROLES, 'advisorStaffId', now);
      if (advisor !== null && advisor === item.maintainerStaffId) {
        throw new DomainError('ALLOCATION_STAFF_NOT_ELIGIBLE', 'the advisor cannot be the maintainer', {
          field: 'advisorStaffId',
          staffId: advisor,
          reason: NOT_ELIGIBLE.sameAsMaintainer,
        });
      }
      const relation = now.maintainerStaffId === null ? null : { maintainerStaffId: now.maintainerStaffId, creditStaffId: now.creditStaffId };
      return {
        customerId: BigInt(item.customerId),
        from: { maintainerStaffId: now.maintainerStaffId, advisorStaffId: now.advisorStaffId },
        to: { maintainerStaffId: item.maintainerStaffId, advisorStaffId: advisor, creditStaffId: creditAfterChange(relation, body.kind, item.maintainerStaffId) },
      };
    });
    await writeChanges(client, changes, body.kind, body.note, caller.staffNo);
    const after = await lockCustomers(client, viewer, ids.map(BigInt));
    return changes.map((change) => ({
      customerId: String(change.customerId),
      maintainerStaffId: change.to.maintainerStaffId,
      advisorStaffId: change.to.advisorStaffId,
      version: after.get(String(change.customerId))!.version,
    }));

    // In memory against the staff and home outlets read above: no query per item.
    function check(staffId: number | null, roles: readonly string[], field: string, customer: CustomerPlace) {
      if (staffId === null) return;
      const member = staff.get(staffId);
      if (!member || !member.active || !roles.includes(member.role)) {
        throw new DomainError('ALLOCATION_STAFF_NOT_ELIGIBLE', 'the staff member cannot take customers here', { field, staffId, reason: NOT_ELIGIBLE.unavailable });
      }
      // §11: the relation must be one its maintainer can see (allocation.rules.ts mayServe).
      if (!mayServe(member, customer)) {
        throw new DomainError('ALLOCATION_STAFF_NOT_ELIGIBLE', `the staff member in ${field} works at another outlet than the customer's`, {
          field,
          staffId,
          reason: NOT_ELIGIBLE.otherOutlet,
        });
      }
    }
  });
  await context.audit.record(
    auditEventBy(caller, {
      action: AUDIT_ACTIONS.assign,
      result: 'ALLOWED',
      customerIds: result.map((item) => BigInt(item.customerId)),
      details: { reason: body.kind, changed: result.length },
    }),
  );
  return { changed: result.length, items: result };
}

/** Builds the rules' staff list: receivers, and the current maintainers of the customers (who keep them if active). */
async function proposalStaff(
  db: Queryable,
  policy: AllocationPolicy,
  evaluation: BoundEvaluation,
  receivers: readonly StaffRow[],
  subjects: readonly SubjectRow[],
  leaving: number | null,
) {
  const receiverIds = new Set(receivers.map((member) => member.id));
  const holderIds = [
    ...new Set(subjects.flatMap((subject) => [subject.maintainerStaffId, subject.advisorStaffId]).filter((id): id is number => id !== null && !receiverIds.has(id))),
  ];
  const holders = await findStaff(db, holderIds);
  // Wealth advisors are in the list too: no lane allows their role as maintainer, they receive advisor places.
  const all = [...receivers, ...holders];
  const loads = loadsByStaff(await findLoads(db, all.map((member) => member.id), policy.lanes, evaluation));
  const staff: ProposalStaff[] = all.map((member) => ({
    id: member.id,
    name: member.name,
    role: member.role,
    orgId: member.orgId,
    active: member.active && member.id !== leaving,
    receives: receiverIds.has(member.id) && member.id !== leaving,
    loadByLane: policy.lanes.map((_, lane) => loads.get(member.id)?.maintained.get(lane) ?? 0),
    totalLoad: loads.get(member.id)?.total ?? 0,
    advisorLoadByLane: policy.lanes.map((_, lane) => loads.get(member.id)?.supported.get(lane) ?? 0),
  }));
  return { staff, byId: new Map(all.map((member) => [member.id, member])) };
}

/**
 * One row per customer whose relation changes — its maintainer, its advisor or both (applied
 * together as one assignment item) — plus the customers nobody could take and those whose advisor
 * could not be added or moved. Rows keep the rules' order: maintainer placements, then advisor-only changes.
 */
function presentProposal(
  caller: AllocationCaller,
  policy: AllocationPolicy,
  subjects: readonly SubjectRow[],
  result: ReturnType<typeof propose>,
  byId: Map<number, StaffRow>,
) {
  const subjectById = new Map(subjects.map((subject) => [subject.id, subject]));
  const name = (staffId: number | null) => (staffId === null ? null : (byId.get(staffId)?.name ?? null));
  const brief = (staffId: number | null) => briefOf(staffId === null ? undefined : byId.get(staffId));
  const advisorChanges = new Map(result.advisors.map((change) => [change.customerId, change]));
  const advisorPart = (subject: SubjectRow, change: AdvisorChange | undefined) => {
    if (change) {
      return {
        from: brief(change.fromStaffId),
        to: brief(change.toStaffId),
        reason: change.reason,
        why: advisorWhyText(
          { reason: change.reason, lane: laneKey(policy, change.lane), from: name(change.fromStaffId), to: name(change.toStaffId), toLoad: change.toLoad, toCapacity: change.toCapacity },
          caller.locale,
        ),
      };
    }
    if (subject.advisorStaffId === null) return null;
    const current = brief(subject.advisorStaffId);
    const why = advisorWhyText({ reason: 'ADVISOR_KEPT', lane: laneKey(policy, subject.lane), from: current?.name ?? null, to: current?.name ?? null, toLoad: 0, toCapacity: null }, caller.locale);
    return { from: current, to: current, reason: 'ADVISOR_KEPT' as const, why };
  };
  const item = (
    subject: SubjectRow,
    maintainer: { fromStaffId: number | null; toStaffId: number | null; reason: ProposedAssignment['reason'] | 'KEPT'; toLoad: number; toCapacity: number | null; toQuota: number | null },
    advisor: AdvisorChange | undefined,
  ) => ({
    customerId: String(subject.id),
    customerNo: subject.customerNo,
    name: subject.name,
    tier: subject.tier as TierCode,
    aum: formatCents(subject.aumCents),
    lane: subject.lane === null ? null : policy.lanes[subject.lane]!.key,
    from: brief(maintainer.fromStaffId),
    to: brief(maintainer.toStaffId),
    reason: maintainer.reason,
    why: whyText(
      {
        reason: maintainer.reason,
        lane: laneKey(policy, subject.lane),
        from: name(maintainer.fromStaffId),
        to: name(maintainer.toStaffId),
        toLoad: maintainer.toLoad,
        toCapacity: maintainer.toCapacity,
        toQuota: maintainer.toQuota,
      },
      caller.locale,
    ),
    advisor: advisorPart(subject, advisor),
    expectedVersion: subject.version,
    homeOutletId: subject.homeOutletId,
    homeOutletParentId: subject.homeOutletParentId,
  });
  const kept = (subject: SubjectRow) => ({ fromStaffId: subject.maintainerStaffId, toStaffId: subject.maintainerStaffId, reason: 'KEPT' as const, toLoad: 0, toCapacity: null, toQuota: null });
  const placed = new Set(result.assignments.map((assignment) => assignment.customerId));
  const changed = (change: AdvisorChange) => change.fromStaffId !== change.toStaffId;
  const unplacedItem = (entry: UnplacedCustomer) =>
    item(subjectById.get(entry.customerId)!, { fromStaffId: entry.fromStaffId, toStaffId: null, reason: entry.reason, toLoad: 0, toCapacity: null, toQuota: null }, undefined);
  return {
    items: [
      ...result.assignments.map((a) => item(subjectById.get(a.customerId)!, a, advisorChanges.get(a.customerId))),
      ...result.advisors.filter((change) => changed(change) && !placed.has(change.customerId)).map((change) => item(subjectById.get(change.customerId)!, kept(subjectById.get(change.customerId)!), change)),
    ],
    unplaced: result.unplaced.map(unplacedItem),
    advisorUnplaced: result.advisors.filter((change) => !changed(change)).map((change) => item(subjectById.get(change.customerId)!, kept(subjectById.get(change.customerId)!), change)),
  };
}

/** The answer of a proposal or a handover: what was considered, moved, proposed, and to whom. */
function proposalAnswer(parts: {
  org: ProposalResponse['org'];
  policy: AllocationPolicy;
  subjects: readonly SubjectRow[];
  result: ReturnType<typeof propose>;
  presented: ReturnType<typeof presentProposal>;
  receivers: readonly StaffRow[];
  started: number;
}): ProposalResponse {
  const { org, policy, subjects, result, presented, receivers, started } = parts;
  return {
    org,
    policy: { code: policy.code, name: policy.name },
    customersConsidered: subjects.length,
    moved: result.moved,
    minimumMoves: result.minimumMoves,
    advisorMoved: result.advisorMoved,
    advisorMinimumMoves: result.advisorMinimumMoves,
    advisorsAdded: result.advisorsAdded,
    ...presented,
    receivers: receivers.filter((member) => member.role !== 'WEALTH_ADVISOR').map((member) => ({ ...briefOf(member)!, orgId: member.orgId })),
    advisorReceivers: receivers.filter((member) => member.role === 'WEALTH_ADVISOR').map((member) => ({ ...briefOf(member)!, orgId: member.orgId })),
    durationMs: Math.round(performance.now() - started),
  };
}

/** An allocation proposal for an outlet or a sub-branch (not written: the head applies what they accept through `assign`). */
export async function proposeForOrg(context: ApiContext, caller: AllocationCaller, body: { orgId: number; policy?: string }): Promise<ProposalResponse> {
  const started = performance.now();
  const org = await orgOf(context.pool, caller, body.orgId);
  const policy = await policyOf(context.pool, body.policy);
  const evaluation = await evaluationOf(context.pool);
  const receivers = await findOrgStaff(context.pool, org.id);
  const subjects = await findSubjects(context.pool, viewerOf(caller), { orgId: org.id, lanes: policy.lanes, evaluation, unassignedOnly: false });
  const { staff, byId } = await proposalStaff(context.pool, policy, evaluation, receivers, subjects, null);
  const result = propose(policy.lanes, subjects.map(toProposalCustomer), staff);
  const presented = presentProposal(caller, policy, subjects, result, byId);
  await context.audit.record(
    auditEventBy(caller, {
      action: AUDIT_ACTIONS.proposal,
      result: 'ALLOWED',
      customerIds: [...presented.items, ...presented.unplaced, ...presented.advisorUnplaced].map((entry) => BigInt(entry.customerId)),
      details: { orgId: org.id, policy: policy.code, proposed: presented.items.length, moved: result.moved, advisorMoved: result.advisorMoved, advisorsAdded: result.advisorsAdded },
    }),
  );
  return proposalAnswer({ org, policy, subjects, result, presented, receivers, started });
}

const toProposalCustomer = (subject: SubjectRow) => ({
  id: subject.id,
  lane: subject.lane,
  aumCents: subject.aumCents,
  maintainerStaffId: subject.maintainerStaffId,
  advisorStaffId: subject.advisorStaffId,
  homeOutletId: subject.homeOutletId,
  homeOutletParentId: subject.homeOutletParentId,
});

/**
 * A handover: every customer of a staff member who leaves or moves — those they maintain and those
 * they support as advisor — proposed to the others of their own org: their outlet, so the
 * receivers can see the customers (§11); a sub-branch head's customers go to the staff of each
 * customer's outlet (the rules filter by `mayServe`). Advisor places go to the org's wealth
 * advisors with room, or are cleared when none has room (the row says so). Nothing else moves.
 */
export async function proposeHandover(context: ApiContext, caller: AllocationCaller, body: { staffId: number; policy?: string }): Promise<ProposalResponse> {
  const started = performance.now();
  const viewer = viewerOf(caller);
  const [leaver] = await findStaffInScope(context.pool, viewer, [body.staffId]);
  if (!leaver) {
    throw new DomainError('ALLOCATION_STAFF_NOT_ELIGIBLE', 'no such staff member in your scope', { field: 'staffId', staffId: body.staffId, reason: NOT_ELIGIBLE.notFound });
  }
  const org = await orgOf(context.pool, caller, leaver.orgId);
  const policy = await policyOf(context.pool, body.policy);
  const evaluation = await evaluationOf(context.pool);
  const receivers = (await findOrgStaff(context.pool, org.id)).filter((member) => member.id !== leaver.id);
  const subjects = await findCustomersOf(context.pool, viewer, leaver.id, policy.lanes, evaluation);
  const { staff, byId } = await proposalStaff(context.pool, policy, evaluation, receivers, subjects, leaver.id);
  byId.set(leaver.id, leaver);
  const result = propose(policy.lanes, subjects.map(toProposalCustomer), staff, { handoverOf: leaver.id });
  const presented = presentProposal(caller, policy, subjects, result, byId);
  await context.audit.record(
    auditEventBy(caller, {
      action: AUDIT_ACTIONS.handover,
      result: 'ALLOWED',
      customerIds: subjects.map((subject) => subject.id),
      details: { staffNo: leaver.staffNo, policy: policy.code, proposed: presented.items.length, advisorMoved: result.advisorMoved },
    }),
  );
  return proposalAnswer({ org, policy, subjects, result, presented, receivers, started });
}

export async function createLead(context: ApiContext, caller: AllocationCaller, body: { customerId: string; note: string }) {
  const customerId = BigInt(body.customerId);
  if (!(await customerInScope(context.pool, viewerOf(caller), customerId))) {
    throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
  }
  const lead = await insertLead(context.pool, { customerId, note: body.note, staffId: caller.staffId });
  await context.audit.record(auditEventBy(caller, { action: AUDIT_ACTIONS.lead, result: 'ALLOWED', customerIds: [customerId], details: { leadId: lead.id } }));
  return { id: lead.id, customerId: body.customerId, note: body.note, createdAt: lead.createdAt };
}

export async function readRelation(context: ApiContext, caller: AllocationCaller, customerId: bigint) {
  if (!(await customerInScope(context.pool, viewerOf(caller), customerId))) {
    throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
  }
  const relation = await findRelation(context.pool, customerId);
  await context.audit.record(auditEventBy(caller, { action: AUDIT_ACTIONS.relation, result: 'ALLOWED', customerIds: [customerId] }));
  return { customerId: String(customerId), ...relation };
}
