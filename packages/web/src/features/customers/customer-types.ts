import type { paths } from '../../shared/api/schema.ts';

type SearchOperation = paths['/api/customers/search']['post'];
type FileOperation = paths['/api/customers/{customerId}']['get'];
type ShowInFullOperation = paths['/api/customers/{customerId}/show-in-full']['post'];

export type SearchBody = NonNullable<SearchOperation['requestBody']>['content']['application/json'];
export type SearchResponse = SearchOperation['responses'][200]['content']['application/json'];
export type SearchItem = SearchResponse['items'][number];
export type FullSearchItem = Extract<SearchResponse, { view: 'FULL' }>['items'][number];
export type CustomerFile = FileOperation['responses'][200]['content']['application/json'];
export type ShowInFullBody = NonNullable<ShowInFullOperation['requestBody']>['content']['application/json'];
export type ShowInFullResponse = ShowInFullOperation['responses'][200]['content']['application/json'];
export type InFullField = ShowInFullBody['fields'][number];

type SavedFiltersOperation = paths['/api/saved-filters']['get'];
type SaveFilterOperation = paths['/api/saved-filters']['post'];
export type SavedFilter = SavedFiltersOperation['responses'][200]['content']['application/json']['items'][number];
export type SavedFilterBody = NonNullable<SaveFilterOperation['requestBody']>['content']['application/json'];
export type SearchColumn = SavedFilter['columns'][number];
export type OrgUnit = paths['/api/orgs']['get']['responses'][200]['content']['application/json']['orgs'][number];

export const TIER_CODES = ['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'] as const;
export type TierCode = (typeof TIER_CODES)[number];
export const IN_FULL_FIELDS: readonly InFullField[] = ['ID_NUMBER', 'MOBILE', 'EMAIL', 'ACCOUNT_NUMBER'];
export type EvaluationStatus = NonNullable<FullSearchItem['status']>;
export const EVALUATION_STATUSES: readonly EvaluationStatus[] = ['INITIAL', 'QUALIFIED', 'QUALIFIED_NOT_UPGRADED', 'UPGRADED', 'SUBSTANDARD', 'DOWNGRADED', 'SPECIAL_ADMISSION'];
