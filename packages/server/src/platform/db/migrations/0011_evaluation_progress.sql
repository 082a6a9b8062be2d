-- Evaluations started from the web run in the background (issue 5, data management): the run row
-- is committed as RUNNING before the evaluation starts, so that its progress can be watched, and
-- the evaluating transaction fills it in when it commits (evaluation-runs.service.ts). `phase` is
-- the step it is in (window: the window metrics; evaluate: the results), written by another
-- connection while the evaluation runs. A RUNNING row whose process died is marked FAILED
-- (interrupted) when the next evaluation starts or a server starts; only runs started this way are
-- ever committed as RUNNING (the command line's stay inside their transaction).
ALTER TABLE tier_evaluation_run
  ADD COLUMN phase text CHECK (phase IN ('window', 'evaluate'));

-- The data-management screens ask for the run in progress, if any.
CREATE INDEX tier_evaluation_run_running_idx ON tier_evaluation_run (id) WHERE status = 'RUNNING';
