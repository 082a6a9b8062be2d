import { describe, expect, it } from 'vitest';
import { allowedActions, checkReview, missingForSubmission, transition, type ReportAction, type ReportStatus } from './communication-reports.rules.ts';

const AUTHOR = 10;
const HEAD = 20;
const author = { staffId: AUTHOR, mayReview: false };
const head = { staffId: HEAD, mayReview: true };
const headAuthor = { staffId: AUTHOR, mayReview: true };
const colleague = { staffId: 30, mayReview: false };

describe('transition', () => {
  const cases: [ReportStatus, typeof author, ReportAction, ReportStatus | string][] = [
    // The author edits and submits drafts and returned reports.
    ['DRAFT', author, 'EDIT', 'DRAFT'],
    ['DRAFT', author, 'SUBMIT', 'SUBMITTED'],
    ['RETURNED', author, 'EDIT', 'RETURNED'],
    ['RETURNED', author, 'SUBMIT', 'SUBMITTED'],
    // ...but not once submitted or reviewed.
    ['SUBMITTED', author, 'EDIT', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['SUBMITTED', author, 'SUBMIT', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['REVIEWED', author, 'EDIT', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['REVIEWED', author, 'SUBMIT', 'COMMUNICATION_REPORT_WRONG_STATE'],
    // Nobody else writes the author's report, not even a head.
    ['DRAFT', head, 'EDIT', 'COMMUNICATION_REPORT_NOT_AUTHOR'],
    ['DRAFT', colleague, 'SUBMIT', 'COMMUNICATION_REPORT_NOT_AUTHOR'],
    ['RETURNED', head, 'SUBMIT', 'COMMUNICATION_REPORT_NOT_AUTHOR'],
    // A head reviews or returns a submitted report.
    ['SUBMITTED', head, 'REVIEW', 'REVIEWED'],
    ['SUBMITTED', head, 'RETURN', 'RETURNED'],
    // ...only a submitted one.
    ['DRAFT', head, 'REVIEW', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['RETURNED', head, 'REVIEW', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['REVIEWED', head, 'RETURN', 'COMMUNICATION_REPORT_WRONG_STATE'],
    ['REVIEWED', head, 'REVIEW', 'COMMUNICATION_REPORT_WRONG_STATE'],
    // Never their own, and never without the review right.
    ['SUBMITTED', headAuthor, 'REVIEW', 'COMMUNICATION_REPORT_OWN_REPORT'],
    ['SUBMITTED', headAuthor, 'RETURN', 'COMMUNICATION_REPORT_OWN_REPORT'],
    ['SUBMITTED', author, 'REVIEW', 'COMMUNICATION_REPORT_NOT_REVIEWER'],
    ['SUBMITTED', colleague, 'RETURN', 'COMMUNICATION_REPORT_NOT_REVIEWER'],
  ];
  it.each(cases)('%s, actor %o, %s → %s', (status, actor, action, expected) => {
    const result = transition({ status, authorStaffId: AUTHOR }, actor, action);
    expect('to' in result ? result.to : result.problem).toBe(expected);
  });

  it('lists what each actor may do', () => {
    expect(allowedActions({ status: 'DRAFT', authorStaffId: AUTHOR }, author)).toEqual(['EDIT', 'SUBMIT']);
    expect(allowedActions({ status: 'SUBMITTED', authorStaffId: AUTHOR }, author)).toEqual([]);
    expect(allowedActions({ status: 'SUBMITTED', authorStaffId: AUTHOR }, head)).toEqual(['REVIEW', 'RETURN']);
    expect(allowedActions({ status: 'SUBMITTED', authorStaffId: AUTHOR }, headAuthor)).toEqual([]);
    expect(allowedActions({ status: 'REVIEWED', authorStaffId: AUTHOR }, head)).toEqual([]);
  });
});

describe('missingForSubmission', () => {
  it.each([
    [{ keyPoints: 'a', needs: 'b', nextActions: 'c' }, []],
    [{ keyPoints: ' ', needs: 'b', nextActions: 'c' }, ['keyPoints']],
    [{ keyPoints: '', needs: '', nextActions: '' }, ['keyPoints', 'needs', 'nextActions']],
    [{ keyPoints: 'a', needs: 'b', nextActions: '\n' }, ['nextActions']],
  ])('%o → %o', (content, missing) => {
    expect(missingForSubmission(content)).toEqual(missing);
  });
});

describe('checkReview', () => {
  it.each([
    [{ decision: 'REVIEWED' as const, effectiveness: 4, compliance: 5, progress: 3, comment: '' }, undefined],
    [{ decision: 'REVIEWED' as const, effectiveness: 4, compliance: null, comment: 'ok' }, { code: 'COMMUNICATION_REPORT_RATINGS_REQUIRED', fields: ['compliance', 'progress'] }],
    [{ decision: 'RETURNED' as const, comment: '  ' }, { code: 'COMMUNICATION_REPORT_COMMENT_REQUIRED' }],
    [{ decision: 'RETURNED' as const, comment: '补充客户需求' }, undefined],
    [{ decision: 'RETURNED' as const, effectiveness: 2, compliance: 3, progress: 1, comment: '补充' }, undefined],
  ])('%o → %o', (review, problem) => {
    expect(checkReview(review)).toEqual(problem);
  });
});
