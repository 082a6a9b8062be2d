-- An approved special admission (特殊准入, migration 0013) takes effect in the monthly evaluation
-- (DOMAIN.md §4): a customer with one in force on the month's last day gets service tier =
-- max(normal rules, admitted tier), status SPECIAL_ADMISSION when the admission decides
-- (tiers.rules.ts decideServiceTier, tiers.store.ts replaceEvaluations). The row names the
-- admission that decided, so that the explanation can name its tier, period and approvers.
ALTER TABLE tier_evaluation DROP CONSTRAINT tier_evaluation_status_check;
ALTER TABLE tier_evaluation ADD CONSTRAINT tier_evaluation_status_check CHECK (status IN ('INITIAL', 'QUALIFIED',
  'QUALIFIED_NOT_UPGRADED', 'UPGRADED', 'SUBSTANDARD', 'DOWNGRADED', 'SPECIAL_ADMISSION'));
-- No foreign key, like the table's other references: a per-row check trigger on every evaluated
-- customer costs seconds at a million rows; the evaluation writes only ids it has just read.
ALTER TABLE tier_evaluation ADD COLUMN special_admission_id bigint;
ALTER TABLE tier_evaluation ADD CONSTRAINT tier_evaluation_special_admission_check
  CHECK ((status = 'SPECIAL_ADMISSION') = (special_admission_id IS NOT NULL));
