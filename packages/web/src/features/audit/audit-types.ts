import type { paths } from '../../shared/api/schema.ts';

type Operation = paths['/api/audit-events']['get'];
export type AuditEventsQuery = NonNullable<Operation['parameters']['query']>;
export type AuditEventPage = Operation['responses'][200]['content']['application/json'];
export type AuditEvent = AuditEventPage['events'][number];
export type AuditResult = AuditEvent['result'];
export const AUDIT_RESULTS: readonly AuditResult[] = ['ALLOWED', 'DENIED', 'ERROR'];
