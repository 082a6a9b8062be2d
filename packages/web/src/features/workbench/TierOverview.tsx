import { Button, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatMonth } from '../../shared/format/dates.ts';
import { formatMoney, formatMoneyCompact } from '../../shared/format/money.ts';
import { useSession } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { TIERS_HIGHEST_FIRST, useTierSummary, useTierTransitions, type TierSummary, type TierTransitions } from '../dashboards/tier-api.ts';
import { customerListLink, type CustomerListFilter } from './customer-links.ts';
import { tierChangesOf } from './tier-changes.ts';

type Child = TierSummary['children'][number];

/** The org shown: ?orgId= (a drill-down from the table of child orgs), else the caller's own. */
function useShownOrg(): [number | undefined, (orgId: number | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('orgId');
  const orgId = raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  const show = (next: number | undefined) => setParams(next === undefined ? {} : { orgId: String(next) });
  return [orgId, show];
}

/** A figure as a link to the customer list behind it, named "label value" for screen readers. */
function FigureLink({ label, value, filter }: { label: string; value: ReactNode; filter: CustomerListFilter }) {
  const { t } = useTranslation();
  return (
    <Link to={customerListLink(filter)} aria-label={t('workbench.linkName', { label, value: typeof value === 'string' || typeof value === 'number' ? value : '' })}>
      {value}
    </Link>
  );
}

/** Customers by tier, metric totals and this month's changes for the caller's org (or own customers), with drill-down. */
export function TierOverview() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [orgId, showOrg] = useShownOrg();
  const summary = useTierSummary({ orgId });
  const transitions = useTierTransitions({ orgId });
  const own = session.status === 'authenticated' ? session.session.staff.org : undefined;

  const heading = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {t('workbench.title')}
    </Typography.Title>
  );
  if (summary.isPending || transitions.isPending) return <PageLoading />;
  const error = summary.error ?? transitions.error;
  if (error) {
    if (isApiError(error, 'EVALUATION_NOT_FOUND')) {
      return (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {heading}
          <Empty description={<Space direction="vertical"><Typography.Text strong>{t('workbench.noEvaluationTitle')}</Typography.Text>{t('workbench.noEvaluation')}</Space>} />
        </Space>
      );
    }
    return <PageError error={error} onRetry={() => void Promise.all([summary.refetch(), transitions.refetch()])} />;
  }
  const data = summary.data!;
  const metric = t(`metrics.${data.policy.metric}`);
  // Org figures filter the list by the org; own customers are the RM's record scope already.
  const scope: CustomerListFilter = data.basis === 'ORG' ? { orgId: data.org.id } : {};
  const drilled = orgId !== undefined && own !== undefined && orgId !== own.id;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        {heading}
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text strong>{data.org.name}</Typography.Text>
          <Tag color={data.basis === 'ORG' ? 'blue' : 'gold'}>{t(`workbench.basis.${data.basis}`)}</Tag>
          <Typography.Text type="secondary">
            {t('workbench.evaluation', { month: formatMonth(data.month, i18n.language), policy: data.policy.code, version: data.policy.version })}
          </Typography.Text>
          {drilled ? (
            <Button type="link" onClick={() => showOrg(undefined)}>
              {t('workbench.backTo', { org: own.name })}
            </Button>
          ) : null}
        </Space>
      </div>

      <Card title={t('workbench.customersTitle')}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6} xl={4}>
            <Statistic
              title={t('workbench.customersTotal')}
              valueRender={() => <FigureLink label={t('workbench.customersTotal')} value={data.total.customers} filter={scope} />}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic
              title={t('workbench.metricTotal', { metric })}
              valueRender={() => (
                <span title={formatMoney(data.total.metricTotal)}>
                  <FigureLink label={t('workbench.metricTotal', { metric })} value={formatMoneyCompact(data.total.metricTotal, i18n.language)} filter={scope} />
                </span>
              )}
            />
          </Col>
          {TIERS_HIGHEST_FIRST.map((tier) => (
            <Col xs={12} md={6} xl={3} key={tier}>
              <Statistic
                title={t(`tiers.${tier}`)}
                valueRender={() => (
                  <FigureLink label={t(`tiers.${tier}`)} value={data.total.serviceTiers[tier].customers} filter={{ ...scope, serviceTier: [tier] }} />
                )}
              />
              <Typography.Text type="secondary" title={formatMoney(data.total.serviceTiers[tier].metricTotal)}>
                {formatMoneyCompact(data.total.serviceTiers[tier].metricTotal, i18n.language)}
              </Typography.Text>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('workbench.metricNote', { metric })}
        </Typography.Paragraph>
      </Card>

      <Changes transitions={transitions.data!} scope={scope} />

      {data.children.length > 0 ? <ChildOrgs summary={data} onOpen={showOrg} /> : null}
    </Space>
  );
}

function Changes({ transitions, scope }: { transitions: TierTransitions; scope: CustomerListFilter }) {
  const { t } = useTranslation();
  const changes = tierChangesOf(transitions);
  const items: { key: string; label: string; value: number; filter: CustomerListFilter; color: string }[] = [
    { key: 'up', label: t('workbench.changes.up'), value: changes.up, filter: { ...scope, tierChange: 'UP' }, color: '#389e0d' },
    { key: 'down', label: t('workbench.changes.down'), value: changes.down, filter: { ...scope, tierChange: 'DOWN' }, color: '#cf1322' },
    { key: 'substandard', label: t('workbench.changes.SUBSTANDARD'), value: changes.substandard, filter: { ...scope, status: ['SUBSTANDARD'] }, color: '#d46b08' },
    {
      key: 'qualifiedNotUpgraded',
      label: t('workbench.changes.QUALIFIED_NOT_UPGRADED'),
      value: changes.qualifiedNotUpgraded,
      filter: { ...scope, status: ['QUALIFIED_NOT_UPGRADED'] },
      color: '#1677ff',
    },
  ];
  return (
    <Card title={t('workbench.changesTitle')}>
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col xs={12} md={6} key={item.key}>
            <Statistic
              title={item.label}
              valueStyle={{ color: item.color }}
              valueRender={() => <FigureLink label={item.label} value={item.value} filter={item.filter} />}
            />
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('workbench.changesNote')}
      </Typography.Paragraph>
    </Card>
  );
}

/** Branch, sub-branch and head office: each child org's figures; its name opens its own overview. */
function ChildOrgs({ summary, onOpen }: { summary: TierSummary; onOpen: (orgId: number) => void }) {
  const { t, i18n } = useTranslation();
  const metric = t(`metrics.${summary.policy.metric}`);
  const columns: ColumnsType<Child> = [
    {
      key: 'org',
      title: t('workbench.org'),
      render: (_, child) => (
        <Button type="link" style={{ padding: 0 }} aria-label={t('workbench.drillDown', { org: child.org.name })} onClick={() => onOpen(child.org.id)}>
          {child.org.name}
        </Button>
      ),
    },
    {
      key: 'customers',
      title: t('workbench.customersTotal'),
      align: 'right',
      render: (_, child) => <FigureLink label={`${child.org.name} ${t('workbench.customersTotal')}`} value={child.customers} filter={{ orgId: child.org.id }} />,
    },
    ...TIERS_HIGHEST_FIRST.map((tier) => ({
      key: tier,
      title: t(`tiers.${tier}`),
      align: 'right' as const,
      render: (_: unknown, child: Child) => (
        <FigureLink label={`${child.org.name} ${t(`tiers.${tier}`)}`} value={child.serviceTiers[tier].customers} filter={{ orgId: child.org.id, serviceTier: [tier] }} />
      ),
    })),
    {
      key: 'metric',
      title: t('workbench.metricTotal', { metric }),
      align: 'right',
      render: (_, child) => <span title={formatMoney(child.metricTotal)}>{formatMoneyCompact(child.metricTotal, i18n.language)}</span>,
    },
  ];
  return (
    <Card title={t('workbench.childrenTitle')}>
      <Table<Child> rowKey={(child) => child.org.id} columns={columns} dataSource={summary.children} pagination={false} size="middle" scroll={{ x: true }} />
    </Card>
  );
}
