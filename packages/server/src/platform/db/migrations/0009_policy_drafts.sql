-- Draft tier policy versions (issue 5, policy admin): a version can be stored without becoming the
-- active one, tried in the simulator, and activated later (docs/tier-policies.md "Drafts and
-- activation"). A version is
--   ACTIVE  (active = true): the version evaluations of its code use;
--   DRAFT   (never activated: activated_at IS NULL);
--   RETIRED (activated once, replaced since).
-- activated_at/activated_by record the version's latest activation; the audit trail keeps every one.
-- The default keeps writers that do not know about drafts (every earlier insert made the version
-- active at once) correct: a row stored active is an activation at the time it was stored.
ALTER TABLE tier_policy
  ADD COLUMN activated_at timestamptz DEFAULT now(),
  ADD COLUMN activated_by text;

-- Every version stored before drafts existed was active from the moment it was stored.
UPDATE tier_policy SET activated_at = created_at, activated_by = created_by;
