-- The daily plan build inserts up to a million contact plan items on its heaviest day, and every
-- index is written for each of them. Items of a customer are found through the unique
-- (customer_id, dedupe_key) index (a customer has a few dozen items a year; the timeline sorts
-- them), so the second index on customer_id (0016) only cost inserts.
DROP INDEX contact_plan_item_customer_idx;
