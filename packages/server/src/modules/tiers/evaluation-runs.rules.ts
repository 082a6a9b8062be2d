/**
 * How far a monthly evaluation has got, for the data-management screen's progress bar. An
 * evaluation is two set-based statements (the window metrics, then the results), so progress is
 * counted in steps, not customers: nothing runs per customer that could be counted.
 */
export const EVALUATION_PHASES = ['window', 'evaluate'] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];

export interface EvaluationProgress {
  /** Steps finished. */
  done: number;
  total: number;
}

/**
 * Steps finished: a SUCCEEDED run finished all; a RUNNING or FAILED one those before its phase.
 * Runs of the command line are stored only when they have ended, without a phase.
 */
export function progressOf(status: 'RUNNING' | 'SUCCEEDED' | 'FAILED', phase: EvaluationPhase | null): EvaluationProgress {
  const total = EVALUATION_PHASES.length;
  if (status === 'SUCCEEDED') return { done: total, total };
  return { done: phase === null ? 0 : EVALUATION_PHASES.indexOf(phase), total };
}
