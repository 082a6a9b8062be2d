/**
 * Communication reports (客户沟通报告, DOMAIN.md §7), pure: which transition a staff member may
 * make on a report in which state, and what state follows.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──review──▶ REVIEWED (final)
 *     ▲ edit            │
 *     └──────────┐      └──return──▶ RETURNED ──edit / submit──▶ SUBMITTED …
 *
 * Only the author edits and submits; a head whose scope covers the customer reviews (the scope is
 * checked in SQL before), never their own report. A return needs a comment (the author must learn
 * what to fix); an approval needs the three ratings.
 */

export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['EDIT', 'SUBMIT', 'REVIEW', 'RETURN'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Ratings run from 1 (poor) to 5 (excellent). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** The state each action leads to from each state it is allowed in; absent: not allowed. */
const TRANSITIONS: Readonly<Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>>> = {
  DRAFT: { EDIT: 'DRAFT', SUBMIT: 'SUBMITTED' },
  SUBMITTED: { REVIEW: 'REVIEWED', RETURN: 'RETURNED' },
  // Edited in place: still RETURNED (with the head's comment beside it) until submitted again.
  RETURNED: { EDIT: 'RETURNED', SUBMIT: 'SUBMITTED' },
  REVIEWED: {},
};

export type TransitionProblem =
  | 'COMMUNICATION_REPORT_NOT_AUTHOR'
  | 'COMMUNICATION_REPORT_OWN_REPORT'
  | 'COMMUNICATION_REPORT_NOT_REVIEWER'
  | 'COMMUNICATION_REPORT_WRONG_STATE';

export interface ReportActor {
  staffId: number;
  /** Holds contact.review (a head); the customer is in their scope, or the report was not found. */
  mayReview: boolean;
}

/** The state after `action`, or why the actor may not take it. */
export function transition(
  report: { status: ReportStatus; authorStaffId: number },
  actor: ReportActor,
  action: ReportAction,
): { to: ReportStatus } | { problem: TransitionProblem } {
  const authoring = action === 'EDIT' || action === 'SUBMIT';
  if (authoring && report.authorStaffId !== actor.staffId) return { problem: 'COMMUNICATION_REPORT_NOT_AUTHOR' };
  if (!authoring) {
    if (!actor.mayReview) return { problem: 'COMMUNICATION_REPORT_NOT_REVIEWER' };
    if (report.authorStaffId === actor.staffId) return { problem: 'COMMUNICATION_REPORT_OWN_REPORT' };
  }
  const to = TRANSITIONS[report.status][action];
  return to === undefined ? { problem: 'COMMUNICATION_REPORT_WRONG_STATE' } : { to };
}

/** The actions the actor may take now (the client renders its buttons from them). */
export function allowedActions(report: { status: ReportStatus; authorStaffId: number }, actor: ReportActor): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => 'to' in transition(report, actor, action));
}

export interface ReportContent {
  keyPoints: string;
  needs: string;
  nextActions: string;
}

/** The fields a report must have before it is submitted: all three parts of §7's report. */
export function missingForSubmission(content: ReportContent): (keyof ReportContent)[] {
  return (['keyPoints', 'needs', 'nextActions'] as const).filter((field) => content[field].trim() === '');
}

export interface Review {
  decision: 'REVIEWED' | 'RETURNED';
  effectiveness?: number | null | undefined;
  compliance?: number | null | undefined;
  progress?: number | null | undefined;
  comment: string;
}

export type ReviewProblem = { code: 'COMMUNICATION_REPORT_COMMENT_REQUIRED' } | { code: 'COMMUNICATION_REPORT_RATINGS_REQUIRED'; fields: string[] };

const RATINGS = ['effectiveness', 'compliance', 'progress'] as const;

/** An approval carries the three ratings; a return carries a comment (ratings optional). */
export function checkReview(review: Review): ReviewProblem | undefined {
  if (review.decision === 'RETURNED' && review.comment.trim() === '') return { code: 'COMMUNICATION_REPORT_COMMENT_REQUIRED' };
  if (review.decision === 'REVIEWED') {
    const fields = RATINGS.filter((field) => review[field] === undefined || review[field] === null);
    if (fields.length > 0) return { code: 'COMMUNICATION_REPORT_RATINGS_REQUIRED', fields };
  }
  return undefined;
}

export function reviewAction(decision: Review['decision']): ReportAction {
  return decision === 'REVIEWED' ? 'REVIEW' : 'RETURN';
}
