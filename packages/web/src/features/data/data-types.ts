import type { paths } from '../../shared/api/schema.ts';

type JsonOf<T> = T extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;

export type DataStatus = JsonOf<paths['/api/data-status']['get']>;
export type ImportRunList = JsonOf<paths['/api/import-runs']['get']>;
export type ImportRun = ImportRunList['runs'][number];
export type ImportRunDetail = JsonOf<paths['/api/import-runs/{id}']['get']>;
export type ImportRunError = ImportRunDetail['errors']['items'][number];
export type EvaluationRunList = JsonOf<paths['/api/evaluation-runs']['get']>;
export type EvaluationRun = EvaluationRunList['runs'][number];
export type EvaluationRunBody = NonNullable<paths['/api/evaluation-runs']['post']['requestBody']>['content']['application/json'];
export type TierPolicyList = JsonOf<paths['/api/tier-policies']['get']>;
