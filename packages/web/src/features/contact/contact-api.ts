/** Hooks over the contact endpoints (docs/api.md "Contact"): today, plan, records, consent, compliance, rules, events. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type {
  ComplianceQuery,
  ComplianceView,
  ConsentBody,
  ConsentView,
  ContactEventList,
  ContactRecord,
  ContactRecordBody,
  DetectionRunAccepted,
  DetectionRunList,
  ExternalEventBody,
  ExternalEventCreated,
  ExternalEventList,
  PlanItem,
  PlanQuery,
  PlanView,
  RecordList,
  RuleSet,
  RuleSetBody,
  RuleSetList,
  TodayView,
} from './contact-types.ts';

export type * from './contact-types.ts';

const CONTACT = ['contact'] as const;
const TODAY = [...CONTACT, 'today'] as const;
const PLAN = [...CONTACT, 'plan'] as const;
const COMPLIANCE = [...CONTACT, 'compliance'] as const;

/**
 * One page of the caller's open items due by today (or, for a head, those of `staffNo`), ranked by
 * the server, with the total over all pages. The previous page stays on screen while the next loads.
 */
export function useToday(staffNo: string | undefined, page = 1, pageSize = 50) {
  const { api } = useServices();
  return useQuery<TodayView>({
    queryKey: [...TODAY, staffNo ?? null, page, pageSize],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/contact/today', { params: { query: { ...(staffNo ? { staffNo } : {}), page: String(page), pageSize: String(pageSize) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(query: PlanQuery) {
  const { api } = useServices();
  return useQuery<PlanView>({
    queryKey: [...PLAN, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/plan', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Today, the plan and compliance are read again after any change to a plan item or a new record. */
function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () => Promise.all([TODAY, PLAN, COMPLIANCE].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Logs a contact. When it closes plan items, they leave every cached Today list at once
 * (optimistic) and come back if the server refuses; the lists are read again either way.
 */
export function useLogContact() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const refresh = useRefreshPlans();
  return useMutation<ContactRecord, unknown, ContactRecordBody, { previous: [readonly unknown[], TodayView | undefined][] }>({
    mutationFn: (body) => unwrap(api.POST('/api/contact/records', { body })),
    onMutate: async (body) => {
      const closing = new Set(body.planItemIds ?? []);
      if (closing.size === 0) return { previous: [] };
      await queryClient.cancelQueries({ queryKey: TODAY });
      const previous = queryClient.getQueriesData<TodayView>({ queryKey: TODAY });
      queryClient.setQueriesData<TodayView>({ queryKey: TODAY }, (today) => {
        if (!today) return today;
        const items = today.items.filter((item) => !closing.has(item.id));
        return { ...today, items, total: today.total - (today.items.length - items.length) };
      });
      return { previous };
    },
    onError: (_error, _body, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => {
      void refresh();
      void queryClient.invalidateQueries({ queryKey: ['contact-timeline'] });
    },
  });
}

export function usePostpone() {
  const { api } = useServices();
  const refresh = useRefreshPlans();
  return useMutation<PlanItem, unknown, { id: string; to: string; reason: string }>({
    mutationFn: ({ id, to, reason }) => unwrap(api.POST('/api/contact/plan-items/{planItemId}/postpone', { params: { path: { planItemId: id } }, body: { to, reason } })),
    onSuccess: () => void refresh(),
  });
}

/** Hands an item to the customer's supporting advisor (409 when the customer has none). */
export function useReassign() {
  const { api } = useServices();
  const refresh = useRefreshPlans();
  return useMutation<PlanItem, unknown, string>({
    mutationFn: (id) => unwrap(api.POST('/api/contact/plan-items/{planItemId}/reassign', { params: { path: { planItemId: id } }, body: {} })),
    onSuccess: () => void refresh(),
  });
}

/** The two halves of a customer's contact timeline: what staff did, and what was detected. */
export function useContactRecords(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<RecordList>({
    queryKey: ['contact-timeline', 'records', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}/contact-records', { params: { path: { customerId } }, signal })),
  });
}

export function useContactEvents(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<ContactEventList>({
    queryKey: ['contact-timeline', 'events', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}/contact-events', { params: { path: { customerId } }, signal })),
  });
}

export function useMarketingConsent(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<ConsentView>({
    queryKey: ['marketing-consent', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}/marketing-consent', { params: { path: { customerId } }, signal })),
  });
}

export function useRecordConsent(customerId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<ConsentView, unknown, ConsentBody>({
    mutationFn: (body) => unwrap(api.POST('/api/customers/{customerId}/marketing-consent', { params: { path: { customerId } }, body })),
    onSuccess: (view) => queryClient.setQueryData(['marketing-consent', customerId], view),
  });
}

export function useCompliance(query: ComplianceQuery) {
  const { api } = useServices();
  return useQuery<ComplianceView>({
    queryKey: [...COMPLIANCE, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/compliance', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

const RULE_SETS = [...CONTACT, 'rule-sets'] as const;

export function useRuleSets() {
  const { api } = useServices();
  return useQuery<RuleSetList>({
    queryKey: RULE_SETS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/rule-sets', { signal })),
  });
}

export function useDraftRuleSet() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<RuleSet, unknown, RuleSetBody>({
    mutationFn: (body) => unwrap(api.POST('/api/contact/rule-sets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULE_SETS }),
  });
}

export function useActivateRuleSet() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<RuleSet, unknown, string>({
    mutationFn: (id) => unwrap(api.POST('/api/contact/rule-sets/{ruleSetId}/activate', { params: { path: { ruleSetId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULE_SETS }),
  });
}

const EXTERNAL_EVENTS = [...CONTACT, 'external-events'] as const;
const DETECTION_RUNS = [...CONTACT, 'detection-runs'] as const;

export function useExternalEvents() {
  const { api } = useServices();
  return useQuery<ExternalEventList>({
    queryKey: EXTERNAL_EVENTS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/external-events', { signal })),
  });
}

export function useCreateExternalEvent() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<ExternalEventCreated, unknown, ExternalEventBody>({
    mutationFn: (body) => unwrap(api.POST('/api/contact/external-events', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EXTERNAL_EVENTS }),
  });
}

export function useDetectionRuns(enabled = true) {
  const { api } = useServices();
  return useQuery<DetectionRunList>({
    queryKey: DETECTION_RUNS,
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/detection-runs', { signal })),
    // A run started here finishes in the background: look again while one is running.
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'RUNNING') ? 3000 : false),
  });
}

export function useStartDetection() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<DetectionRunAccepted, unknown, { date?: string }>({
    mutationFn: (body) => unwrap(api.POST('/api/contact/detection-runs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DETECTION_RUNS }),
  });
}
