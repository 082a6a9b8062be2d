import { Card, Col, Form, Input, Row, Segmented, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatMonth } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError } from '../../shared/ui/PageState.tsx';
import { TierTag } from '../customers/TierTag.tsx';
import { useCompliance } from './contact-api.ts';
import { todayInBank } from './contact-dates.ts';
import { staffLabel } from './contact-labels.tsx';
import type { CompliancePeriod, ComplianceView } from './contact-types.ts';
import { OrgPicker } from './OrgPicker.tsx';

const PERIODS: CompliancePeriod[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'];
type Tally = ComplianceView['byRule'][number];

/** A share as the server sends it (0…1), shown as a percentage with one decimal. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? '—' : `${(rate * 100).toFixed(1)}%`;
}

function tallyColumns<T extends Pick<Tally, 'met' | 'due' | 'overdue' | 'notApplicable' | 'rate'>>(t: (key: string) => string): ColumnsType<T> {
  return [
    { key: 'met', title: t('contact.compliance.met'), align: 'right', render: (_, row) => row.met },
    { key: 'due', title: t('contact.compliance.due'), align: 'right', render: (_, row) => row.due },
    { key: 'overdue', title: t('contact.compliance.overdue'), align: 'right', render: (_, row) => (row.overdue > 0 ? <Typography.Text type="danger">{row.overdue}</Typography.Text> : row.overdue) },
    { key: 'notApplicable', title: t('contact.compliance.notApplicable'), align: 'right', render: (_, row) => row.notApplicable },
    { key: 'rate', title: t('contact.compliance.rate'), align: 'right', render: (_, row) => formatRate(row.rate) },
  ];
}

/**
 * 联络合规: how the contact rules were kept in a period — met, due (period not over), overdue —
 * by rule, by staff member and by org, and the overdue customers with why. An RM sees their own
 * work; heads and administrators an org of their subtree.
 */
export default function CompliancePage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  // Who works their own customers (RMs, advisors) has no org to choose.
  const orgWide = can(PERMISSIONS.contactReview) || !can(PERMISSIONS.contactWrite);
  const [period, setPeriod] = useState<CompliancePeriod>('MONTH');
  const [date, setDate] = useState(() => todayInBank());
  // What is typed; the figures follow once it is a whole day.
  const [dateInput, setDateInput] = useState(date);
  const [orgId, setOrgId] = useState<number | undefined>();
  const compliance = useCompliance({ period, date, ...(orgId !== undefined && { orgId: String(orgId) }) });
  const data = compliance.data;
  const total = data?.totals;
  type Overdue = ComplianceView['overdueCustomers'][number];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('contact.compliance.title')}</Typography.Title>
      <Form layout="inline">
        <Form.Item label={t('contact.compliance.period')}>
          <Segmented<CompliancePeriod> value={period} onChange={setPeriod} options={PERIODS.map((value) => ({ value, label: t(`contact.periods.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('contact.compliance.date')} htmlFor="compliance-date">
          <Input
            id="compliance-date"
            type="date"
            value={dateInput}
            onChange={(event) => {
              setDateInput(event.target.value);
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) setDate(event.target.value);
            }}
          />
        </Form.Item>
        {orgWide && (
          <Form.Item label={t('contact.org.label')} htmlFor="compliance-org">
            <OrgPicker id="compliance-org" value={orgId} onChange={setOrgId} />
          </Form.Item>
        )}
      </Form>
      {compliance.isError ? (
        <PageError error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : (
        <>
          {data && (
            <Typography.Text type="secondary" data-testid="compliance-period">
              {t('contact.compliance.range', { start: formatDay(data.period.start, language), end: formatDay(data.period.end, language) })}
              {data.ruleSetVersion !== null && ` · ${t('contact.compliance.ruleSet', { version: data.ruleSetVersion })}`}
              {data.evaluationMonth !== null && ` · ${t('contact.compliance.evaluation', { month: formatMonth(data.evaluationMonth, language) })}`}
            </Typography.Text>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <Card loading={compliance.isPending}>
                <Statistic title={t('contact.compliance.met')} value={total?.met ?? 0} valueStyle={{ color: '#389e0d' }} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card loading={compliance.isPending}>
                <Statistic title={t('contact.compliance.due')} value={total?.due ?? 0} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card loading={compliance.isPending}>
                <Statistic title={t('contact.compliance.overdue')} value={total?.overdue ?? 0} valueStyle={total && total.overdue > 0 ? { color: '#cf1322' } : undefined} />
              </Card>
            </Col>
          </Row>
          <Card title={t('contact.compliance.byRule')}>
            <Table<ComplianceView['byRule'][number]>
              aria-label={t('contact.compliance.byRule')}
              size="small"
              rowKey="ruleCode"
              loading={compliance.isFetching}
              pagination={false}
              dataSource={data?.byRule ?? []}
              columns={[
                {
                  key: 'rule',
                  title: t('contact.compliance.rule'),
                  render: (_, row) => (
                    <Space direction="vertical" size={0}>
                      <Typography.Text code>{row.ruleCode}</Typography.Text>
                      {row.source && <Typography.Text type="secondary">{row.source}</Typography.Text>}
                    </Space>
                  ),
                },
                ...tallyColumns<ComplianceView['byRule'][number]>(t),
              ]}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('contact.compliance.byStaff')}>
                <Table<ComplianceView['byStaff'][number]>
                  aria-label={t('contact.compliance.byStaff')}
                  size="small"
                  rowKey={(row) => row.staff.staffNo}
                  loading={compliance.isFetching}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  dataSource={data?.byStaff ?? []}
                  columns={[{ key: 'staff', title: t('contact.compliance.staff'), render: (_, row) => `${staffLabel(row.staff, '')} · ${row.org.name}` }, ...tallyColumns<ComplianceView['byStaff'][number]>(t)]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('contact.compliance.byOrg')}>
                <Table<ComplianceView['byOrg'][number]>
                  aria-label={t('contact.compliance.byOrg')}
                  size="small"
                  rowKey={(row) => row.org.id}
                  loading={compliance.isFetching}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  dataSource={data?.byOrg ?? []}
                  columns={[{ key: 'org', title: t('contact.org.label'), render: (_, row) => `${row.org.name}（${row.org.code}）` }, ...tallyColumns<ComplianceView['byOrg'][number]>(t)]}
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('contact.compliance.overdueCustomers')}>
            <Table<Overdue>
              aria-label={t('contact.compliance.overdueCustomers')}
              size="small"
              rowKey={(row) => `${row.customer.id}:${row.ruleCode}:${row.dueOn}`}
              loading={compliance.isFetching}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={data?.overdueCustomers ?? []}
              locale={{ emptyText: t('contact.compliance.noOverdue') }}
              columns={[
                {
                  key: 'customer',
                  title: t('contact.compliance.customer'),
                  render: (_, row) => (
                    <Link to={`/customers/${row.customer.id}`}>
                      {row.customer.name}（{row.customer.customerNo}）
                    </Link>
                  ),
                },
                { key: 'tier', title: t('contact.compliance.tier'), render: (_, row) => <TierTag tier={row.tier} /> },
                { key: 'rule', title: t('contact.compliance.rule'), render: (_, row) => <Typography.Text code>{row.ruleCode}</Typography.Text> },
                { key: 'maintainer', title: t('contact.compliance.maintainer'), render: (_, row) => staffLabel(row.maintainer, t('common.none')) },
                { key: 'dueOn', title: t('contact.compliance.dueOn'), render: (_, row) => formatDay(row.dueOn, language) },
                { key: 'why', title: t('contact.compliance.why'), render: (_, row) => row.why },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
