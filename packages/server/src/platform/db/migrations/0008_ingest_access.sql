-- The latest balances per account are rebuilt whole by every daily close (docs/pipeline.md "Latest
-- balances per account"): about three million rows, indexed after the bulk load. The customer 360
-- reads them by account (account → account_balance_pkey), never by customer, so the index on
-- customer_id only cost the close the build of a second index over every row, every day.
DROP INDEX IF EXISTS account_balance_customer_idx;
