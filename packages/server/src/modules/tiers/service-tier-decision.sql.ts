/**
 * The service-tier transition of tiers.rules.ts decideServiceTier as SQL, shared by the monthly
 * evaluation (tiers.store.ts replaceEvaluations) and the policy simulator
 * (policy-simulation.store.ts), so that a simulation of the policy in force gives what its
 * evaluation gave. Each function takes the placeholders of its caller's statement ('$2',
 * or a SqlParams name): the evaluation numbers its parameters, the simulator collects them.
 */

/** Placeholders of the values the transition reads. */
export interface DecisionParams {
  /** The evaluated month's first day (date). */
  month: string;
  /** TIER_CODES, lowest first (text[]): array_position gives a tier's rank. */
  tierOrder: string;
  graceMonths: string;
  autoUpgrade: string;
}

/**
 * CTEs `consented` and `admitted`, to be LEFT JOINed on customer_id: customers with a signed
 * service agreement by the month's last day (migration 0013: their consent upgrades them), and
 * approved special admissions in force on the month's last day (migration 0015; starts_on
 * inclusive, ends_on exclusive, as special-admission.rules.ts admissionState reads them), the
 * highest tier if ever two overlap. An admission applies from the month fixed at its approval
 * (migration 0020): a month evaluated before the approval, even when evaluated again, keeps its
 * result.
 */
export function consentAndAdmissionCtes(p: Pick<DecisionParams, 'month' | 'tierOrder'>): string {
  const lastDay = `(${p.month}::date + interval '1 month')::date - 1`;
  return `consented AS (
       SELECT DISTINCT customer_id FROM service_agreement WHERE signed_on < (${p.month}::date + interval '1 month')
     ), admitted AS (
       SELECT DISTINCT ON (customer_id) customer_id, id, tier FROM special_admission
       WHERE status = 'APPROVED' AND starts_on <= ${lastDay} AND ends_on > ${lastDay}
         AND (effective_from_month IS NULL OR effective_from_month <= ${p.month}::date)
       ORDER BY customer_id, array_position(${p.tierOrder}::text[], tier) DESC, id DESC
     )`;
}

/** The columns a `joined` row takes from the LEFT JOINs on `consented cs` and `admitted ad`. */
export const CONSENT_AND_ADMISSION_COLUMNS = `cs.customer_id IS NOT NULL AS consented, ad.id AS admission_id, ad.tier AS admitted_tier`;

/**
 * CTEs `decided`, `normal` and `lifted` over `from`, whose rows carry qualified_tier,
 * previous_service_tier, carried_months (the substandard count carried from last month, 0 after a
 * downgrade), consented and admitted_tier. `lifted` adds normal_status, normal_service_tier and
 * by_admission; SERVICE_TIER_SQL, STATUS_SQL and SUBSTANDARD_MONTHS_SQL read the outcome from it.
 */
export function decisionCtes(from: string, p: DecisionParams): string {
  const rank = (column: string) => `array_position(${p.tierOrder}::text[], ${column})`;
  return `decided AS (
       -- The normal rules, from the qualification alone.
       SELECT j.*,
         CASE
           WHEN j.previous_service_tier IS NULL THEN 'INITIAL'
           WHEN ${rank('j.qualified_tier')} = ${rank('j.previous_service_tier')} THEN 'QUALIFIED'
           WHEN ${rank('j.qualified_tier')} > ${rank('j.previous_service_tier')}
             THEN CASE WHEN ${p.autoUpgrade}::boolean OR j.consented THEN 'UPGRADED' ELSE 'QUALIFIED_NOT_UPGRADED' END
           WHEN j.carried_months + 1 > ${p.graceMonths}::integer THEN 'DOWNGRADED'
           ELSE 'SUBSTANDARD'
         END AS normal_status
       FROM ${from} j
     ), normal AS (
       SELECT d.*,
         CASE WHEN d.normal_status IN ('QUALIFIED_NOT_UPGRADED', 'SUBSTANDARD') THEN d.previous_service_tier ELSE d.qualified_tier END
           AS normal_service_tier
       FROM decided d
     ), lifted AS (
       -- The admission decides when above the qualification and at least the normal service tier (decideServiceTier).
       SELECT n.*, COALESCE(${rank('n.admitted_tier')} > ${rank('n.qualified_tier')}
                            AND ${rank('n.admitted_tier')} >= ${rank('n.normal_service_tier')}, false)
                     AS by_admission
       FROM normal n
     )`;
}

/** The outcome of a `lifted` row (alias f). */
export const SERVICE_TIER_SQL = `CASE WHEN f.by_admission THEN f.admitted_tier ELSE f.normal_service_tier END`;
export const STATUS_SQL = `CASE WHEN f.by_admission THEN 'SPECIAL_ADMISSION' ELSE f.normal_status END`;
export const SUBSTANDARD_MONTHS_SQL = `CASE WHEN NOT f.by_admission AND f.normal_status IN ('SUBSTANDARD', 'DOWNGRADED') THEN f.carried_months + 1 ELSE 0 END`;
