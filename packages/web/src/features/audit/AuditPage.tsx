import { Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK_TIME_ZONE } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { PageError } from '../../shared/ui/PageState.tsx';
import { AUDIT_PAGE_SIZE, useAuditActions, useAuditEvents } from './audit-api.ts';
import { toAuditFilters, type AuditFilters, type AuditFilterValues } from './audit-filters.ts';
import { AUDIT_RESULTS, type AuditEvent, type AuditResult } from './audit-types.ts';

const RESULT_COLORS: Record<AuditResult, string> = { ALLOWED: 'green', DENIED: 'orange', ERROR: 'red' };
const DIGITS = /^\s*[1-9]\d{0,18}\s*$/;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/** An audit time to the second, in the bank's time, in the reader's language. */
function formatAuditTime(instant: string, language: string): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone: BANK_TIME_ZONE,
    });
    timeFormats.set(language, format);
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : format.format(date);
}

function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} bordered data-testid={`audit-event-${event.id}`}>
      <Descriptions.Item label={t('audit.event.id')}>{event.id}</Descriptions.Item>
      <Descriptions.Item label={t('audit.event.role')}>{event.actorRole ? t(`roles.${event.actorRole}`, { defaultValue: event.actorRole }) : t('audit.system')}</Descriptions.Item>
      <Descriptions.Item label={t('audit.event.customers')}>{event.customerIds.length > 0 ? event.customerIds.join(', ') : t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('audit.event.fieldsInFull')}>{event.fieldsInFull.length > 0 ? event.fieldsInFull.join(', ') : t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('audit.event.reason')}>{event.reason ?? t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('audit.event.details')}>
        <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(event.details, null, 2)}</pre>
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 审计 (auditors and head office, audit.read): the audit trail filtered by staff, customer, action,
 * result and time, newest first, a page at a time; a row opens to show the whole event.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const [form] = Form.useForm<AuditFilterValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  const actions = useAuditActions();
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  const columns: TableColumnsType<AuditEvent> = [
    { key: 'occurredAt', title: t('audit.columns.time'), render: (_, event) => formatAuditTime(event.occurredAt, language) },
    {
      key: 'actor',
      title: t('audit.columns.staff'),
      render: (_, event) =>
        event.actorStaffNo ? (
          <Space size={4} wrap>
            <span>{event.actorStaffNo}</span>
            {event.actorRole && <Typography.Text type="secondary">{t(`roles.${event.actorRole}`, { defaultValue: event.actorRole })}</Typography.Text>}
          </Space>
        ) : (
          t('audit.system')
        ),
    },
    { key: 'action', title: t('audit.columns.action'), render: (_, event) => <Typography.Text code>{event.action}</Typography.Text> },
    { key: 'customers', title: t('audit.columns.customers'), render: (_, event) => (event.customerIds.length > 0 ? event.customerIds.join(', ') : t('common.none')) },
    { key: 'result', title: t('audit.columns.result'), render: (_, event) => <Tag color={RESULT_COLORS[event.result]}>{t(`audit.results.${event.result}`)}</Tag> },
    { key: 'sourceIp', title: t('audit.columns.sourceIp'), render: (_, event) => event.sourceIp ?? t('common.none') },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card>
        <Form<AuditFilterValues>
          form={form}
          layout="inline"
          aria-label={t('audit.filters')}
          onFinish={(values) => setFilters(toAuditFilters(values))}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="staffNo" label={t('audit.fields.staffNo')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="customerId" label={t('audit.fields.customerId')} rules={[{ pattern: DIGITS, message: t('audit.fields.customerIdInvalid') }]}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.fields.action')}>
            <Select
              allowClear
              showSearch
              style={{ minWidth: 220 }}
              loading={actions.isPending}
              placeholder={t('audit.fields.anyAction')}
              options={(actions.data ?? []).map((action) => ({ value: action, label: action }))}
            />
          </Form.Item>
          <Form.Item name="result" label={t('audit.fields.result')}>
            <Select
              allowClear
              style={{ minWidth: 120 }}
              placeholder={t('audit.fields.anyResult')}
              options={AUDIT_RESULTS.map((result) => ({ value: result, label: t(`audit.results.${result}`) }))}
            />
          </Form.Item>
          <Form.Item name="from" label={t('audit.fields.from')}>
            <Input type="datetime-local" step={1} />
          </Form.Item>
          <Form.Item name="to" label={t('audit.fields.to')}>
            <Input type="datetime-local" step={1} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('audit.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                }}
              >
                {t('audit.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t('audit.timeZoneNote')}</Typography.Text>
      </Card>
      <Card>
        {events.isError ? (
          <PageError error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Table<AuditEvent>
              rowKey="id"
              size="small"
              data-testid="audit-events"
              loading={events.isFetching && !events.isFetchingNextPage}
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: t('audit.empty') }}
              expandable={{ expandedRowRender: (event) => <EventDetails event={event} /> }}
            />
            <Space>
              <Typography.Text type="secondary">{t('audit.shown', { count: rows.length })}</Typography.Text>
              {events.hasNextPage && (
                <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                  {t('audit.loadMore', { count: AUDIT_PAGE_SIZE })}
                </Button>
              )}
            </Space>
          </Space>
        )}
      </Card>
    </Space>
  );
}
