import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { AuditFilters } from './audit-filters.ts';
import type { AuditEventPage } from './audit-types.ts';

export const AUDIT_PAGE_SIZE = 50;

/** The trail, newest first, a page at a time by cursor ("load more"); every page read is itself audited. */
export function useAuditEvents(filters: AuditFilters) {
  const { api } = useServices();
  return useInfiniteQuery<AuditEventPage>({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/audit-events', {
          params: { query: { ...filters, pageSize: String(AUDIT_PAGE_SIZE), ...(pageParam ? { cursor: pageParam as string } : {}) } },
          signal,
        }),
      ),
    initialPageParam: null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The actions the trail holds, for the action filter. */
export function useAuditActions() {
  const { api } = useServices();
  return useQuery<string[]>({
    queryKey: ['audit', 'actions'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/audit-events/actions', { signal }))).actions,
    staleTime: 5 * 60_000,
  });
}
