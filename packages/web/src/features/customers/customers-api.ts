import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { CustomerFile, OrgUnit, SavedFilter, SavedFilterBody, SearchBody, SearchResponse, ShowInFullBody, ShowInFullResponse } from './customer-types.ts';

/** One page of POST /api/customers/search; the previous page stays on screen while the next loads. */
export function useCustomerSearch(body: SearchBody, enabled = true) {
  const { api } = useServices();
  return useQuery<SearchResponse>({
    queryKey: ['customers', 'search', body],
    queryFn: ({ signal }) => unwrap(api.POST('/api/customers/search', { body, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The customer 360 in one request (no waterfall: profile, holdings, AUM and tier history together). */
export function useCustomerFile(customerId: string) {
  const { api } = useServices();
  return useQuery<CustomerFile>({
    queryKey: ['customers', 'file', customerId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}', { params: { path: { customerId } }, signal })),
  });
}

/**
 * Show in full: the answer lives in this mutation only, and is dropped from the cache as soon
 * as the dialog lets go of it (gcTime 0) — nothing is remembered (docs/customer-api.md).
 */
export function useShowInFull(customerId: string) {
  const { api } = useServices();
  return useMutation<ShowInFullResponse, unknown, ShowInFullBody>({
    mutationFn: (body) => unwrap(api.POST('/api/customers/{customerId}/show-in-full', { params: { path: { customerId } }, body })),
    gcTime: 0,
  });
}

/** The caller's org and its subtree (GET /api/orgs), for the org filter; rarely changes. */
export function useOrgs() {
  const { api } = useServices();
  return useQuery<OrgUnit[]>({
    queryKey: ['orgs'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/orgs', { signal }))).orgs,
    staleTime: 10 * 60_000,
  });
}

const SAVED_FILTERS = ['saved-filters'] as const;

/** The signed-in staff member's saved searches. */
export function useSavedFilters() {
  const { api } = useServices();
  return useQuery<SavedFilter[]>({
    queryKey: SAVED_FILTERS,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/saved-filters', { signal }))).items,
  });
}

/** Saves a new filter, or replaces one of the same id; the list is read again afterwards. */
export function useSaveFilter() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<SavedFilter, unknown, { id?: string; body: SavedFilterBody }>({
    mutationFn: ({ id, body }) =>
      id === undefined
        ? unwrap(api.POST('/api/saved-filters', { body }))
        : unwrap(api.PUT('/api/saved-filters/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_FILTERS }),
  });
}

export function useDeleteFilter() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<unknown, unknown, string>({
    mutationFn: (id) => unwrap(api.DELETE('/api/saved-filters/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_FILTERS }),
  });
}
