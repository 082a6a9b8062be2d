/** Hooks over the work log endpoints (docs/api.md "Communication reports and work log"). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import type { paths } from '../../shared/api/schema.ts';
import { useServices } from '../../shared/session/session-hooks.ts';

type DayOperation = paths['/api/work-log']['get'];
type SaveOperation = paths['/api/work-log/{date}']['put'];
type WeekOperation = paths['/api/work-log/week']['get'];

export type WorkLogDay = DayOperation['responses'][200]['content']['application/json'];
export type WorkLogEntry = NonNullable<SaveOperation['requestBody']>['content']['application/json']['entries'][number];
export type WorkLogSection = WorkLogEntry['section'];
export type WorkLogWeek = WeekOperation['responses'][200]['content']['application/json'];

export const WORK_LOG_SECTIONS: readonly WorkLogSection[] = ['MORNING_MEETING', 'SALES', 'SUGGESTION', 'MEMO'];
const WORK_LOG = ['work-log'] as const;

export function useWorkLogDay(date: string, staffNo: string | undefined) {
  const { api } = useServices();
  return useQuery<WorkLogDay>({
    queryKey: [...WORK_LOG, 'day', date, staffNo ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/work-log', { params: { query: { date, ...(staffNo && { staffNo }) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveWorkLogDay() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<WorkLogDay, unknown, { date: string; entries: WorkLogEntry[] }>({
    mutationFn: ({ date, entries }) => unwrap(api.PUT('/api/work-log/{date}', { params: { path: { date } }, body: { entries } })),
    onSuccess: (day) => {
      queryClient.setQueryData([...WORK_LOG, 'day', day.date, null], day);
      return queryClient.invalidateQueries({ queryKey: [...WORK_LOG, 'week'] });
    },
  });
}

export function useWorkLogWeek(weekOf: string, staffNo: string | undefined) {
  const { api } = useServices();
  return useQuery<WorkLogWeek>({
    queryKey: [...WORK_LOG, 'week', weekOf, staffNo ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/work-log/week', { params: { query: { weekOf, ...(staffNo && { staffNo }) } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The editor shows each section as text, one entry per line. */
export function entriesToText(entries: readonly WorkLogEntry[]): Record<WorkLogSection, string> {
  const text = Object.fromEntries(WORK_LOG_SECTIONS.map((section) => [section, ''])) as Record<WorkLogSection, string>;
  for (const section of WORK_LOG_SECTIONS) {
    text[section] = entries
      .filter((entry) => entry.section === section)
      .map((entry) => entry.text)
      .join('\n');
  }
  return text;
}

/** And back: every non-blank line is one entry, sections in their order. */
export function textToEntries(text: Record<WorkLogSection, string>): WorkLogEntry[] {
  return WORK_LOG_SECTIONS.flatMap((section) =>
    text[section]
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => ({ section, text: line })),
  );
}
