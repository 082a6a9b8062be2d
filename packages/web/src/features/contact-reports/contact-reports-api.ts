/** Hooks over the communication report endpoints (docs/api.md "Communication reports and work log"). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import type { paths } from '../../shared/api/schema.ts';
import { useServices } from '../../shared/session/session-hooks.ts';

type CreateOperation = paths['/api/contact/reports']['post'];
type UpdateOperation = paths['/api/contact/reports/{reportId}']['put'];
type ReviewOperation = paths['/api/contact/reports/{reportId}/review']['post'];

export type Report = CreateOperation['responses'][201]['content']['application/json'];
export type ReportStatus = Report['status'];
export type CreateReportBody = NonNullable<CreateOperation['requestBody']>['content']['application/json'];
export type UpdateReportBody = NonNullable<UpdateOperation['requestBody']>['content']['application/json'];
export type ReviewBody = NonNullable<ReviewOperation['requestBody']>['content']['application/json'];
export type ReportListKind = 'mine' | 'inbox' | 'reviewed';

const REPORTS = ['contact-reports'] as const;

export function useReports(kind: ReportListKind) {
  const { api } = useServices();
  return useQuery({
    queryKey: [...REPORTS, 'list', kind],
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/reports', { params: { query: { kind } }, signal })),
  });
}

export function useReport(reportId: string | undefined) {
  const { api } = useServices();
  return useQuery<Report>({
    queryKey: [...REPORTS, 'one', reportId],
    enabled: reportId !== undefined,
    queryFn: ({ signal }) => unwrap(api.GET('/api/contact/reports/{reportId}', { params: { path: { reportId: reportId! } }, signal })),
  });
}

/** After any change: the report itself is set from the answer, the lists are read again. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (report: Report) => {
    queryClient.setQueryData([...REPORTS, 'one', report.id], report);
    return queryClient.invalidateQueries({ queryKey: [...REPORTS, 'list'] });
  };
}

export function useCreateReport() {
  const { api } = useServices();
  const afterChange = useAfterChange();
  return useMutation<Report, unknown, CreateReportBody>({
    mutationFn: (body) => unwrap(api.POST('/api/contact/reports', { body })),
    onSuccess: afterChange,
  });
}

export function useUpdateReport() {
  const { api } = useServices();
  const afterChange = useAfterChange();
  return useMutation<Report, unknown, { reportId: string; body: UpdateReportBody }>({
    mutationFn: ({ reportId, body }) => unwrap(api.PUT('/api/contact/reports/{reportId}', { params: { path: { reportId } }, body })),
    onSuccess: afterChange,
  });
}

export function useSubmitReport() {
  const { api } = useServices();
  const afterChange = useAfterChange();
  return useMutation<Report, unknown, { reportId: string; version: number }>({
    mutationFn: ({ reportId, version }) => unwrap(api.POST('/api/contact/reports/{reportId}/submit', { params: { path: { reportId } }, body: { version } })),
    onSuccess: afterChange,
  });
}

export function useReviewReport() {
  const { api } = useServices();
  const afterChange = useAfterChange();
  const queryClient = useQueryClient();
  return useMutation<Report, unknown, { reportId: string; body: ReviewBody }>({
    mutationFn: ({ reportId, body }) => unwrap(api.POST('/api/contact/reports/{reportId}/review', { params: { path: { reportId } }, body })),
    onSuccess: afterChange,
    // A refusal (another head reviewed it first) means the inbox is out of date: read it again.
    onError: () => queryClient.invalidateQueries({ queryKey: [...REPORTS, 'list'] }),
  });
}
