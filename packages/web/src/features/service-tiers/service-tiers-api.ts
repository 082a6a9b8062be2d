/** Hooks over the service tier endpoints (docs/api.md "Special admission", "Service tier changes", "Potential customers"). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import type { paths } from '../../shared/api/schema.ts';
import { useServices } from '../../shared/session/session-hooks.ts';

type RequestOperation = paths['/api/special-admissions']['post'];
type DecisionOperation = paths['/api/special-admissions/{admissionId}/decision']['post'];
type CardOperation = paths['/api/customers/{customerId}/service-tier']['get'];
type AgreementOperation = paths['/api/customers/{customerId}/service-agreements']['post'];
type PotentialOperation = paths['/api/potentials']['get'];

export type Admission = RequestOperation['responses'][201]['content']['application/json'];
export type AdmissionRequestBody = NonNullable<RequestOperation['requestBody']>['content']['application/json'];
export type DecisionBody = NonNullable<DecisionOperation['requestBody']>['content']['application/json'];
export type ServiceTierCardData = CardOperation['responses'][200]['content']['application/json'];
export type AgreementBody = NonNullable<AgreementOperation['requestBody']>['content']['application/json'];
export type PotentialQuery = NonNullable<PotentialOperation['parameters']['query']>;
export type PotentialList = PotentialOperation['responses'][200]['content']['application/json'];
export type PotentialKind = PotentialList['kind'];
export type AdmissionListKind = 'mine' | 'inbox' | 'decided' | 'expiring';

const ADMISSIONS = ['special-admissions'] as const;

export function useAdmissions(kind: AdmissionListKind, enabled = true) {
  const { api } = useServices();
  return useQuery({
    queryKey: [...ADMISSIONS, kind],
    queryFn: ({ signal }) => unwrap(api.GET(`/api/special-admissions/${kind}`, { signal })),
    enabled,
  });
}

export function useRequestAdmission() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<Admission, unknown, AdmissionRequestBody>({
    mutationFn: (body) => unwrap(api.POST('/api/special-admissions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMISSIONS }),
  });
}

export function useDecideAdmission() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<Admission, unknown, { admissionId: string; body: DecisionBody }>({
    mutationFn: ({ admissionId, body }) => unwrap(api.POST('/api/special-admissions/{admissionId}/decision', { params: { path: { admissionId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMISSIONS }),
  });
}

export function useServiceTierCard(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<ServiceTierCardData>({
    queryKey: ['service-tier', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}/service-tier', { params: { path: { customerId } }, signal })),
  });
}

export function useRecordAgreement(customerId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementBody) => unwrap(api.POST('/api/customers/{customerId}/service-agreements', { params: { path: { customerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['service-tier', customerId] }),
  });
}

export function usePotentials(query: PotentialQuery) {
  const { api } = useServices();
  return useQuery<PotentialList>({
    queryKey: ['potentials', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/potentials', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useFlagPotential() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ customerId, reason }: { customerId: string; reason: string }) =>
      unwrap(api.POST('/api/customers/{customerId}/potential-flag', { params: { path: { customerId } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['potentials'] }),
  });
}
