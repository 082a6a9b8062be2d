-- What an applied import wrote, kept with its run (docs/feed-contract.md, docs/api.md "Import
-- runs"): the rows inserted or changed per static file, and the maintainers.csv rows not applied
-- because the customer's relation was made in the app, which is then the record
-- (docs/decisions/0006-maintainer-relations-after-go-live.md). NULL for refused runs and for runs
-- recorded before this column existed.
ALTER TABLE import_run ADD COLUMN applied_counts jsonb;
