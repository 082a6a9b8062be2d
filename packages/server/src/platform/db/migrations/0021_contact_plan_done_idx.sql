-- Today's list counts what each staff member closed today (docs/api.md "Contact"): without this
-- index that count would read every item the staff member ever had. Open items are already indexed
-- by staff and due date (contact_plan_item_staff_open_idx, 0016).
CREATE INDEX contact_plan_item_staff_done_idx ON contact_plan_item (staff_id, updated_at) WHERE status = 'DONE';
