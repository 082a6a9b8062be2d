import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { CustomerFile, SearchBody, SearchResponse, ShowInFullBody, ShowInFullResponse } from './customer-types.ts';

/** One page of POST /api/customers/search; the previous page stays on screen while the next loads. */
export function useCustomerSearch(body: SearchBody) {
  const { api } = useServices();
  return useQuery<SearchResponse>({
    queryKey: ['customers', 'search', body],
    queryFn: ({ signal }) => unwrap(api.POST('/api/customers/search', { body, signal })),
    placeholderData: keepPreviousData,
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
