import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { DataStatus, EvaluationRun, EvaluationRunBody, EvaluationRunList, ImportRunDetail, ImportRunList, TierPolicyList } from './data-types.ts';

/** How often a running evaluation is asked for its progress. */
export const EVALUATION_POLL_MS = 1000;

const DATA_STATUS = ['data', 'status'] as const;
const EVALUATION_RUNS = ['data', 'evaluation-runs'] as const;

export function useDataStatus() {
  const { api } = useServices();
  return useQuery<DataStatus>({
    queryKey: DATA_STATUS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/data-status', { signal })),
  });
}

export function useImportRuns(page: number, pageSize: number) {
  const { api } = useServices();
  return useQuery<ImportRunList>({
    queryKey: ['data', 'import-runs', page, pageSize],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/import-runs', { params: { query: { page: String(page), pageSize: String(pageSize) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One run with a page of its errors, optionally of one file. */
export function useImportRun(id: string | null, errors: { page: number; pageSize: number; file: string | undefined }) {
  const { api } = useServices();
  return useQuery<ImportRunDetail>({
    queryKey: ['data', 'import-run', id, errors],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/import-runs/{id}', {
          params: {
            path: { id: id! },
            query: { page: String(errors.page), pageSize: String(errors.pageSize), ...(errors.file ? { file: errors.file } : {}) },
          },
          signal,
        }),
      ),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useEvaluationRuns(page: number, pageSize: number, enabled: boolean) {
  const { api } = useServices();
  return useQuery<EvaluationRunList>({
    queryKey: [...EVALUATION_RUNS, page, pageSize],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/evaluation-runs', { params: { query: { page: String(page), pageSize: String(pageSize) } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A run, asked again every second while it is RUNNING; the status and the list are read again when it ends. */
export function useWatchedEvaluation(id: string | null) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useQuery<EvaluationRun>({
    queryKey: ['data', 'evaluation-run', id],
    queryFn: async ({ signal }) => {
      const run = await unwrap(api.GET('/api/evaluation-runs/{id}', { params: { path: { id: id! } }, signal }));
      if (run.status !== 'RUNNING') {
        void queryClient.invalidateQueries({ queryKey: DATA_STATUS });
        void queryClient.invalidateQueries({ queryKey: EVALUATION_RUNS });
      }
      return run;
    },
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? EVALUATION_POLL_MS : false),
  });
}

export function useStartEvaluation() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<EvaluationRun, unknown, EvaluationRunBody>({
    mutationFn: (body) => unwrap(api.POST('/api/evaluation-runs', { body })),
    onSuccess: (run) => {
      queryClient.setQueryData(['data', 'evaluation-run', run.id], run);
      void queryClient.invalidateQueries({ queryKey: EVALUATION_RUNS });
    },
  });
}

/** The policy codes that have an active version: what an evaluation can run under. */
export function usePolicyCodes(enabled: boolean) {
  const { api } = useServices();
  return useQuery<TierPolicyList['policies']>({
    queryKey: ['data', 'policy-codes'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/tier-policies', { signal }))).policies,
    staleTime: 5 * 60_000,
    enabled,
  });
}
