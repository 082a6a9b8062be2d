import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { Activation, DraftResult, PolicyFile, PolicyList, PolicyVersions, Simulation, SimulationMonths } from './policy-types.ts';

const POLICIES = ['tier-policies'] as const;

/** Every policy code with its active version (GET /api/tier-policies). */
export function usePolicies() {
  const { api } = useServices();
  return useQuery<PolicyList>({
    queryKey: POLICIES,
    queryFn: ({ signal }) => unwrap(api.GET('/api/tier-policies', { signal })),
  });
}

/** Every version of a code, oldest first. */
export function usePolicyVersions(code: string) {
  const { api } = useServices();
  return useQuery<PolicyVersions>({
    queryKey: [...POLICIES, code],
    queryFn: ({ signal }) => unwrap(api.GET('/api/tier-policies/{code}', { params: { path: { code } }, signal })),
    enabled: code !== '',
  });
}

/** Stores a policy file as a draft version; the lists are read again afterwards. */
export function useSaveDraft() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<DraftResult, unknown, PolicyFile>({
    mutationFn: (body) => unwrap(api.POST('/api/tier-policies/drafts', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POLICIES }),
  });
}

export function useActivate() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<Activation, unknown, { code: string; version: number }>({
    mutationFn: ({ code, version }) =>
      unwrap(api.POST('/api/tier-policies/{code}/versions/{version}/activate', { params: { path: { code, version: String(version) } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POLICIES }),
  });
}

/** The policy in force and the months it evaluated. */
export function useSimulationMonths() {
  const { api } = useServices();
  return useQuery<SimulationMonths>({
    queryKey: ['policy-simulator', 'months'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-simulator/months', { signal })),
  });
}

/** Runs a simulation (nothing is stored but the audit event); the answer lives in the mutation. */
export function useSimulate() {
  const { api } = useServices();
  return useMutation<Simulation, unknown, { code: string; version: number; month: string }>({
    mutationFn: ({ code, version, month }) =>
      unwrap(api.POST('/api/tier-policies/{code}/versions/{version}/simulate', { params: { path: { code, version: String(version) } }, body: { month } })),
  });
}
