-- Two decisions of docs/decisions/0006-maintainer-relations-and-admission-effect.md.

-- What an applied import wrote, kept with its run (docs/feed-contract.md, docs/api.md "Import
-- runs"): the rows inserted or changed per static file, and the maintainers.csv rows not applied
-- because the customer's relation was made in the app, which is then the record. NULL for
-- refused runs and for runs recorded before this column existed.
ALTER TABLE import_run ADD COLUMN applied_counts jsonb;

-- The first month whose evaluation applies an approved special admission, fixed at its approval:
-- the month holding its start, unless that month was already evaluated, then the month after the
-- latest evaluated one. Months evaluated before the approval are not re-run for it, and a later
-- re-evaluation of such a month (a feed correction) does not apply it either, so an approval never
-- changes a result already published. NULL for admissions approved before this column existed:
-- they apply to every month whose last day falls inside their period, as before.
ALTER TABLE special_admission ADD COLUMN effective_from_month date
  CHECK (effective_from_month = date_trunc('month', effective_from_month)::date);
ALTER TABLE special_admission ADD CONSTRAINT special_admission_effective_from_check
  CHECK (effective_from_month IS NULL OR status = 'APPROVED');
