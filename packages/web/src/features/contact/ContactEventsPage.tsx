import { Alert, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useCreateExternalEvent, useDetectionRuns, useExternalEvents, useStartDetection } from './contact-api.ts';
import { todayInBank } from './contact-dates.ts';
import { staffLabel } from './contact-labels.tsx';
import type { DetectionRunList, ExternalEventCreated, ExternalEventList } from './contact-types.ts';

/** Customer numbers pasted one per line (or separated by commas or spaces), each once. */
export function parseCustomerNos(text: string): string[] {
  return [...new Set(text.split(/[\s,，;；]+/).map((value) => value.trim()).filter((value) => value !== ''))];
}

/** The customer numbers refused as unknown or out of scope (CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND). */
export function refusedNumbersOf(error: unknown): string[] {
  if (!isApiError(error, 'CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND')) return [];
  const numbers = error.details.customerNos;
  return Array.isArray(numbers) ? numbers.filter((value): value is string => typeof value === 'string') : [];
}

/**
 * 联络事件: external events (market news, bank events) entered for a set of customers, and — for
 * head office (contact-rule.manage) — the daily detection runs with a button to run one now.
 */
export default function ContactEventsPage() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('contact.events.title')}</Typography.Title>
      <ExternalEventForm />
      <ExternalEventTable />
      {can(PERMISSIONS.contactRuleManage) && <DetectionRuns />}
    </Space>
  );
}

interface EventValues {
  title: string;
  eventDate: string;
  description?: string;
  customerNos: string;
}

function ExternalEventForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<EventValues>();
  const create = useCreateExternalEvent();
  const errorMessage = useErrorMessage();
  const [created, setCreated] = useState<ExternalEventCreated | undefined>();
  const refused = create.isError ? refusedNumbersOf(create.error) : [];
  return (
    <Card title={t('contact.events.newEvent')}>
      <Form<EventValues>
        form={form}
        name="external-event"
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ eventDate: todayInBank(), description: '', customerNos: '' }}
        onFinish={(values) => {
          setCreated(undefined);
          create.mutate(
            { title: values.title.trim(), eventDate: values.eventDate, description: (values.description ?? '').trim(), customerNos: parseCustomerNos(values.customerNos) },
            {
              onSuccess: (result) => {
                setCreated(result);
                form.resetFields();
              },
            },
          );
        }}
      >
        <Form.Item name="title" label={t('contact.events.eventTitle')} rules={[{ required: true, whitespace: true, message: t('contact.events.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="eventDate" label={t('contact.events.eventDate')} rules={[{ required: true, message: t('contact.events.dateRequired') }]}>
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="description" label={t('contact.events.description')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="customerNos"
          label={t('contact.events.customerNos')}
          extra={t('contact.events.customerNosHelp')}
          rules={[{ validator: (_, value?: string) => (parseCustomerNos(value ?? '').length > 0 ? Promise.resolve() : Promise.reject(new Error(t('contact.events.customerNosRequired')))) }]}
        >
          <Input.TextArea rows={6} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        {create.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            message={errorMessage(create.error)}
            description={
              refused.length > 0 ? (
                <div>
                  {t('contact.events.refused', { count: refused.length })}
                  <ul data-testid="refused-numbers" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                    {refused.map((customerNo) => (
                      <li key={customerNo}>
                        <Typography.Text code>{customerNo}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : undefined
            }
          />
        )}
        {created && <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} message={t('contact.events.created', { count: created.customers })} />}
        <Button type="primary" htmlType="submit" loading={create.isPending} autoInsertSpace={false}>
          {t('contact.events.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function ExternalEventTable() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const events = useExternalEvents();
  type Row = ExternalEventList['items'][number];
  if (events.isError) return <PageError error={events.error} onRetry={() => void events.refetch()} />;
  return (
    <Card title={t('contact.events.list')}>
      <Table<Row>
        aria-label={t('contact.events.list')}
        size="small"
        rowKey="id"
        loading={events.isPending}
        dataSource={events.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('contact.events.noEvents') }}
        columns={[
          { key: 'date', title: t('contact.events.eventDate'), render: (_, row) => formatDay(row.eventDate, language) },
          {
            key: 'title',
            title: t('contact.events.eventTitle'),
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{row.title}</Typography.Text>
                {row.description && <Typography.Text type="secondary">{row.description}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'customers', title: t('contact.events.customers'), align: 'right', render: (_, row) => row.customers },
          { key: 'createdBy', title: t('contact.events.createdBy'), render: (_, row) => `${row.org.name} ${staffLabel(row.createdBy, '')} ${formatInstant(row.createdAt, language)}` },
        ]}
      />
    </Card>
  );
}

function numberAt(value: unknown, ...path: string[]): number | undefined {
  let at: unknown = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : undefined;
}

/** What a run did: events found (by type, the non-zero ones), plan items created and closed, time taken. */
function RunCounts({ counts }: { counts: Record<string, unknown> }) {
  const { t } = useTranslation();
  const events = typeof counts.events === 'object' && counts.events !== null ? Object.entries(counts.events as Record<string, unknown>).filter(([, value]) => typeof value === 'number' && value > 0) : [];
  const summary = [
    [t('contact.events.totalEvents'), numberAt(counts, 'totalEvents')],
    [t('contact.events.customers'), numberAt(counts, 'customers')],
    [t('contact.events.planCreated'), numberAt(counts, 'plans', 'created')],
    [t('contact.events.planClosed'), numberAt(counts, 'plans', 'closed')],
    [t('contact.events.planCancelled'), numberAt(counts, 'plans', 'cancelled')],
  ].filter((entry): entry is [string, number] => entry[1] !== undefined);
  const totalMs = numberAt(counts, 'timingsMs', 'total');
  return (
    <Space direction="vertical" size={2}>
      <Space wrap size={[4, 4]}>
        {summary.map(([label, value]) => (
          <Tag key={label}>
            {label} {value}
          </Tag>
        ))}
        {totalMs !== undefined && <Tag>{t('contact.events.took', { seconds: (totalMs / 1000).toFixed(1) })}</Tag>}
      </Space>
      {events.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {events.map(([type, value]) => `${t(`contact.eventTypes.${type}`, { defaultValue: type })} ${String(value)}`).join(' · ')}
        </Typography.Text>
      )}
    </Space>
  );
}

const RUN_COLORS: Record<string, string> = { RUNNING: 'processing', SUCCEEDED: 'success', FAILED: 'error' };

function DetectionRuns() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const runs = useDetectionRuns();
  const start = useStartDetection();
  const errorMessage = useErrorMessage();
  const [date, setDate] = useState('');
  type Row = DetectionRunList['items'][number];
  return (
    <Card
      title={t('contact.events.runs')}
      extra={
        <Space>
          <Input type="date" aria-label={t('contact.events.runDate')} value={date} onChange={(event) => setDate(event.target.value)} size="small" style={{ width: 160 }} />
          <Button type="primary" size="small" autoInsertSpace={false} loading={start.isPending} onClick={() => start.mutate(date ? { date } : {})}>
            {t('contact.events.runNow')}
          </Button>
        </Space>
      }
    >
      {start.isError && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={errorMessage(start.error)} />}
      {start.isSuccess && <Alert type="info" showIcon role="status" style={{ marginBottom: 12 }} message={t('contact.events.runStarted')} />}
      {runs.isError ? (
        <PageError error={runs.error} onRetry={() => void runs.refetch()} />
      ) : (
        <Table<Row>
          aria-label={t('contact.events.runs')}
          size="small"
          rowKey="id"
          loading={runs.isPending}
          dataSource={runs.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('contact.events.noRuns') }}
          columns={[
            { key: 'date', title: t('contact.events.businessDate'), render: (_, row) => formatDay(row.businessDate, language) },
            { key: 'status', title: t('contact.events.status'), render: (_, row) => <Tag color={RUN_COLORS[row.status]}>{t(`contact.events.statuses.${row.status}`, { defaultValue: row.status })}</Tag> },
            { key: 'counts', title: t('contact.events.counts'), render: (_, row) => <RunCounts counts={row.counts} /> },
            { key: 'started', title: t('contact.events.startedAt'), render: (_, row) => formatInstant(row.startedAt, language) },
            { key: 'finished', title: t('contact.events.finishedAt'), render: (_, row) => formatInstant(row.finishedAt, language) },
            { key: 'error', title: t('contact.events.error'), render: (_, row) => (row.error ? <Typography.Text type="danger">{row.error}</Typography.Text> : null) },
          ]}
        />
      )}
    </Card>
  );
}
