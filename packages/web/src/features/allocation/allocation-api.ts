import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../shared/api/schema.ts';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';

export type Board = paths['/api/allocation/board']['get']['responses'][200]['content']['application/json'];
export type BoardStaff = Board['staff'][number];
export type BoardTotal = Board['totals'][number];
export type UnassignedItem = Board['unassigned']['items'][number];
export type Lead = Board['leads'][number];
export type Proposal = paths['/api/allocation/proposals']['post']['responses'][200]['content']['application/json'];
export type ProposalItem = Proposal['items'][number];
export type AssignmentBody = NonNullable<paths['/api/allocation/assignments']['post']['requestBody']>['content']['application/json'];
export type AssignmentItem = AssignmentBody['items'][number];
export type Relation = paths['/api/allocation/customers/{customerId}']['get']['responses'][200]['content']['application/json'];
export type PolicyList = paths['/api/allocation/policies']['get']['responses'][200]['content']['application/json'];
export type AllocationPolicy = PolicyList['items'][number];
export type PolicyLane = AllocationPolicy['lanes'][number];

const ALLOCATION = ['allocation'] as const;

/** The board of an org (default: the caller's). */
export function useBoard(orgId: number | undefined) {
  const { api } = useServices();
  return useQuery<Board>({
    queryKey: [...ALLOCATION, 'board', orgId ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/allocation/board', { params: { query: orgId === undefined ? {} : { orgId } }, signal })),
  });
}

/** Assign, move or unassign in one transaction; the board and relations are read again afterwards. */
export function useAssign() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentBody) => unwrap(api.POST('/api/allocation/assignments', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ALLOCATION }),
  });
}

export function useProposal() {
  const { api } = useServices();
  return useMutation({ mutationFn: (orgId: number) => unwrap(api.POST('/api/allocation/proposals', { body: { orgId } })) });
}

export function useHandover() {
  const { api } = useServices();
  return useMutation({ mutationFn: (staffId: number) => unwrap(api.POST('/api/allocation/handovers', { body: { staffId } })) });
}

export function useRelation(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<Relation>({
    queryKey: [...ALLOCATION, 'relation', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/allocation/customers/{customerId}', { params: { path: { customerId } }, signal })),
  });
}

/** The allocation policies with their lanes, the one in force first. */
export function usePolicies() {
  const { api } = useServices();
  return useQuery<PolicyList>({
    queryKey: [...ALLOCATION, 'policies'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/allocation/policies', { signal })),
  });
}

/** Puts a policy in force (head office); every allocation query is read again, so the board's lanes and capacities follow. */
export function useActivatePolicy() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/allocation/policies/{code}/activate', { params: { path: { code } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ALLOCATION }),
  });
}
