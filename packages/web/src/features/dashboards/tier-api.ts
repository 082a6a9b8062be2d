/**
 * The tier figures of the workbench and the dashboards: GET /api/tiers/summary, /transitions,
 * /trend and /api/orgs, with the export of a dashboard table (docs/api.md). Every read is audited
 * on the server, so nothing here refetches on its own.
 */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import type { ApiClient } from '../../shared/api/client.ts';
import type { paths } from '../../shared/api/schema.ts';
import { useServices } from '../../shared/session/session-hooks.ts';

type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;

export type TierSummary = Answer<'/api/tiers/summary'>;
export type TierTransitions = Answer<'/api/tiers/transitions'>;
export type TierTrend = Answer<'/api/tiers/trend'>;
export type OrgNode = Answer<'/api/orgs'>['orgs'][number];
export type TierCode = keyof TierSummary['total']['serviceTiers'];
export type TierFigure = TierSummary['total']['serviceTiers'][TierCode];
export type EvaluationStatus = keyof TierTransitions['statuses'];

/** Low to high, as the server orders them (DOMAIN.md §4). */
export const TIER_ORDER: readonly TierCode[] = ['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'];
export const TIERS_HIGHEST_FIRST: readonly TierCode[] = [...TIER_ORDER].reverse();

/** Which evaluation and org: every field optional, the server's defaults apply (the policy in force, its latest month, the caller's org). */
export interface TierQuery {
  month?: string | undefined;
  orgId?: number | undefined;
}

const defined = (query: TierQuery) => ({
  ...(query.month ? { month: query.month } : {}),
  ...(query.orgId !== undefined ? { orgId: String(query.orgId) } : {}),
});

export function useTierSummary(query: TierQuery, enabled = true) {
  const { api } = useServices();
  return useQuery<TierSummary>({
    queryKey: ['tiers', 'summary', defined(query)],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tiers/summary', { params: { query: defined(query) }, signal })),
    enabled,
  });
}

export function useTierTransitions(query: TierQuery, enabled = true) {
  const { api } = useServices();
  return useQuery<TierTransitions>({
    queryKey: ['tiers', 'transitions', defined(query)],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tiers/transitions', { params: { query: defined(query) }, signal })),
    enabled,
  });
}

/** Up to 24 evaluated months up to the latest: the trend and, at once, the months to pick from. */
export function useTierTrend(orgId: number | undefined) {
  const { api } = useServices();
  const query = { months: '24', ...defined({ orgId }) };
  return useQuery<TierTrend>({
    queryKey: ['tiers', 'trend', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tiers/trend', { params: { query }, signal })),
  });
}

/** The caller's org and its subtree (GET /api/orgs); rarely changes. */
export function useOrgTree() {
  const { api } = useServices();
  return useQuery<OrgNode[]>({
    queryKey: ['orgs'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/orgs', { signal }))).orgs,
    staleTime: 10 * 60_000,
  });
}

export type ExportTable = 'tiers' | 'orgs';

/** The file name the server proposes (RFC 5987 `filename*` first), else a fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // a malformed encoding: fall through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/i.exec(contentDisposition);
  return plain ? plain[1]! : fallback;
}

/**
 * Downloads the table as .xlsx through the API client (session cookie, Accept-Language, the 401
 * handling), then hands the file to the browser by a temporary link to the blob.
 */
export async function downloadTierExport(api: ApiClient, query: TierQuery & { table: ExportTable }): Promise<string> {
  const pending = api.GET('/api/tiers/summary/export', { params: { query: { ...defined(query), table: query.table } }, parseAs: 'blob' });
  const blob = await unwrap(pending);
  const { response } = await pending;
  const name = fileNameOf(response.headers.get('content-disposition'), `tier-statistics-${query.table}.xlsx`);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click the browser holds its own reference to the file.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}
