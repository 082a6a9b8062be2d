/**
 * Allocation rules (DOMAIN.md §6) without IO: the policy lanes, which lane a customer falls in,
 * who may maintain it, and the sales-credit rule. The store turns the same lanes into SQL
 * (allocation.store.ts `laneCaseSql`); `laneOf` here is the reference it is tested against.
 */
import { z } from 'zod';
import { TIER_CODES, type TierCode } from '../tiers/tiers.rules.ts';

/** Roles that may hold customers (§1): everyone who serves customers, not admins or auditors. */
export const MAINTAINING_ROLES = ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'LOBBY_MANAGER', 'TELLER'] as const;
export type MaintainingRole = (typeof MAINTAINING_ROLES)[number];

const cents = z.string().regex(/^\d{1,18}$/);
/** One lane of a policy (migration 0012 describes the fields). */
export const laneSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  tiers: z.array(z.enum(TIER_CODES)).min(1).optional(),
  minAumCents: cents.optional(),
  maxAumCents: cents.optional(),
  maxAge: z.number().int().positive().optional(),
  roles: z.array(z.enum(MAINTAINING_ROLES)).min(1),
  capacity: z.number().int().positive().nullable().optional(),
  advisorCapacity: z.number().int().positive().nullable().optional(),
  quota: z.number().int().positive().nullable().optional(),
});
export type Lane = z.infer<typeof laneSchema>;
export const lanesSchema = z.array(laneSchema).min(1);

export const TIER_RANK: Readonly<Record<TierCode, number>> = { STANDARD: 0, GOLD: 1, PLATINUM: 2, DIAMOND: 3, PRIVATE: 4 };

/** What lane matching reads of a customer: the higher of service and qualified tier (a potential counts at the tier it qualifies for). */
export interface LaneSubject {
  tier: TierCode;
  aumCents: bigint;
  /** Whole years; null when the birth date is unknown. */
  age: number | null;
}

/** Index of the first lane the customer matches, or null: no lane, nothing to allocate. */
export function laneOf(subject: LaneSubject, lanes: readonly Lane[]): number | null {
  for (const [index, lane] of lanes.entries()) {
    if (lane.tiers && !lane.tiers.includes(subject.tier)) continue;
    // A band without tiers is about VIPs and potentials by AUM; STANDARD is matched by AUM alone.
    if (lane.minAumCents !== undefined && subject.aumCents < BigInt(lane.minAumCents)) continue;
    if (lane.maxAumCents !== undefined && subject.aumCents >= BigInt(lane.maxAumCents)) continue;
    if (lane.maxAge !== undefined && (subject.age === null || subject.age >= lane.maxAge)) continue;
    return index;
  }
  return null;
}

/** Where a customer belongs (DOMAIN.md §11): its home outlet and the org above it. */
export interface CustomerPlace {
  homeOutletId: number;
  homeOutletParentId: number | null;
}

/**
 * Whether a staff member may maintain or support a customer of that outlet (§11: an outlet's staff
 * never see another outlet's files). The record scope of RMs and advisors (platform/access
 * scope.sql.ts OWN_CUSTOMERS) requires the customer's home outlet to be the viewer's own, so a
 * relation across outlets would be invisible to its own maintainer. A sub-branch head maintains
 * the largest customers of the outlets directly below (the layered policy) and sees all of them.
 */
export function mayServe(staff: { role: string; orgId: number }, customer: CustomerPlace): boolean {
  if (staff.orgId === customer.homeOutletId) return true;
  return staff.role === 'SUB_BRANCH_HEAD' && customer.homeOutletParentId !== null && staff.orgId === customer.homeOutletParentId;
}

export const CHANGE_REASONS = ['FEED', 'MANUAL', 'PROPOSAL', 'HANDOVER', 'UPGRADE_SPECIALIST', 'UNASSIGN'] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/**
 * Who keeps the sales credit after a change (§6): when a specialist takes over after an upgrade,
 * the credit stays with the original maintainer (or whoever held it before); any other change
 * gives it to the new maintainer (null: the maintainer holds it).
 */
export function creditAfterChange(
  current: { maintainerStaffId: number; creditStaffId: number | null } | null,
  reason: ChangeReason,
  newMaintainerStaffId: number | null,
): number | null {
  if (reason !== 'UPGRADE_SPECIALIST' || current === null || newMaintainerStaffId === null) return null;
  const original = current.creditStaffId ?? current.maintainerStaffId;
  return original === newMaintainerStaffId ? null : original;
}

export type WhyLocale = 'zh-CN' | 'en';

/** Labels of the preset lanes; a lane of another policy shows its key. */
const LANE_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  diamond: { 'zh-CN': '钻石及以上', en: 'diamond and above' },
  platinum: { 'zh-CN': '白金', en: 'platinum' },
  gold: { 'zh-CN': '金卡', en: 'gold' },
  'gold-lobby': { 'zh-CN': '金卡（20万–50万）', en: 'gold (200k–500k)' },
  'gold-teller': { 'zh-CN': '金卡（10万–20万）', en: 'gold (100k–200k)' },
  'aum-5m': { 'zh-CN': '资产≥500万', en: 'AUM ≥ 5M' },
  'aum-2m': { 'zh-CN': '资产≥200万', en: 'AUM ≥ 2M' },
  'aum-200k': { 'zh-CN': '资产20万–200万', en: 'AUM 200k–2M' },
  'aum-100k': { 'zh-CN': '资产10万–20万', en: 'AUM 100k–200k' },
  'aum-50k': { 'zh-CN': '资产5万–10万', en: 'AUM 50k–100k' },
  other: { 'zh-CN': '其他', en: 'other' },
};

export function laneLabel(key: string, locale: WhyLocale): string {
  return LANE_LABELS[key]?.[locale] ?? key;
}

/** Why a customer goes where a proposal puts it, in words (issue 6: "show why each customer goes where"). */
export function whyText(
  input: {
    reason: 'UNASSIGNED' | 'MAINTAINER_LEFT' | 'OVER_CAPACITY' | 'KEPT';
    lane: string;
    from: string | null;
    to: string | null;
    toLoad: number;
    toCapacity: number | null;
    toQuota: number | null;
  },
  locale: WhyLocale,
): string {
  const lane = laneLabel(input.lane, locale);
  const zh = locale === 'zh-CN';
  // Only the advisor changes (the row says why in its advisor part).
  if (input.reason === 'KEPT') return zh ? `管户人${input.from ?? ''}不变` : `maintainer ${input.from ?? ''} stays`;
  const cause = {
    UNASSIGNED: zh ? `未分配的${lane}客户` : `unassigned ${lane} customer`,
    MAINTAINER_LEFT: zh ? `原管户人${input.from ?? ''}已离职、调离或交接` : `maintainer ${input.from ?? ''} left, moved or hands over`,
    OVER_CAPACITY: zh ? `${input.from ?? ''}的${lane}客户超出容量` : `${input.from ?? ''} holds more ${lane} customers than the capacity`,
  }[input.reason];
  if (input.to === null) return zh ? `${cause}；没有尚有容量的合适人员` : `${cause}; nobody eligible has room`;
  const quota = input.toQuota !== null && input.toLoad < input.toQuota;
  const place =
    input.toCapacity !== null
      ? zh
        ? `${input.to}该层已有 ${input.toLoad}/${input.toCapacity} 名`
        : `${input.to} has ${input.toLoad} of ${input.toCapacity} ${lane} places`
      : zh
        ? `${input.to}该层已有 ${input.toLoad} 名`
        : `${input.to} holds ${input.toLoad} ${lane} customers`;
  const quotaText = quota ? (zh ? `（名单制下限 ${input.toQuota} 名未满）` : ` (below the quota of ${input.toQuota})`) : '';
  return `${cause}; ${place}${quotaText}`.replace('; ', zh ? '；' : '; ');
}

/**
 * Why a customer's supporting advisor changes, stays or stays missing, in words. `to` is the
 * advisor after the proposal (null: none); `kept`: a valid advisor stays while the maintainer moves.
 */
export function advisorWhyText(
  input: {
    reason: 'ADVISOR_KEPT' | 'ADVISOR_MISSING' | 'ADVISOR_LEFT' | 'ADVISOR_NOT_ELIGIBLE' | 'ADVISOR_IS_MAINTAINER' | 'ADVISOR_OVER_CAPACITY';
    lane: string;
    from: string | null;
    to: string | null;
    toLoad: number;
    toCapacity: number | null;
  },
  locale: WhyLocale,
): string {
  const lane = laneLabel(input.lane, locale);
  const zh = locale === 'zh-CN';
  const from = input.from ?? '';
  if (input.reason === 'ADVISOR_KEPT') return zh ? `财富顾问${from}仍然有效，保留` : `advisor ${from} is still valid and stays`;
  const cause = {
    ADVISOR_MISSING: zh ? `${lane}客户尚无财富顾问` : `${lane} customer without an advisor`,
    ADVISOR_LEFT: zh ? `财富顾问${from}已离职、调离或交接` : `advisor ${from} left, moved or hands over`,
    ADVISOR_NOT_ELIGIBLE: zh ? `财富顾问${from}不在客户所属网点或岗位不符` : `advisor ${from} works at another outlet or in a role that cannot support`,
    ADVISOR_IS_MAINTAINER: zh ? `${from}将成为管户人，不能同时担任其财富顾问` : `${from} becomes the maintainer and cannot also be the advisor`,
    ADVISOR_OVER_CAPACITY: zh ? `${from}辅助的${lane}客户超出容量` : `${from} supports more ${lane} customers than the advisor capacity`,
  }[input.reason];
  if (input.to === null) {
    const none = input.from === null ? (zh ? '没有尚有容量的财富顾问，暂不配备' : 'no eligible advisor has room, none for now') : zh ? '没有尚有容量的财富顾问，清除辅助关系' : 'no eligible advisor has room, the advisor is cleared';
    return `${cause}${zh ? '；' : '; '}${none}`;
  }
  if (input.to === input.from) return `${cause}${zh ? '；没有其他尚有容量的财富顾问，暂时保留' : '; no other eligible advisor has room, stays for now'}`;
  const place =
    input.toCapacity !== null
      ? zh
        ? `${input.to}该层已辅助 ${input.toLoad}/${input.toCapacity} 名`
        : `${input.to} supports ${input.toLoad} of ${input.toCapacity} ${lane} places`
      : zh
        ? `${input.to}该层已辅助 ${input.toLoad} 名`
        : `${input.to} supports ${input.toLoad} ${lane} customers`;
  return `${cause}${zh ? '；' : '; '}${place}`;
}
