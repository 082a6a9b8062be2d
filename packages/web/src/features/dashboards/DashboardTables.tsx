import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatCount } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { useCan, useServices } from '../../shared/session/session-hooks.ts';
import { PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { orgMoneyOption, tierMoneyOption, type ChartLabels } from './chart-options.ts';
import { downloadTierExport, TIERS_HIGHEST_FIRST, type ExportTable, type TierCode, type TierSummary } from './tier-api.ts';

const EChart = lazy(() => import('../../shared/charts/EChart.tsx'));

type Figure = { customers: number; metricTotal: string };
interface TierRow {
  key: string;
  label: string;
  service: Figure;
  qualified: Figure;
}
type OrgRow = Figure & { key: string; label: string; serviceTiers: Record<TierCode, Figure> };

interface Props {
  summary: TierSummary;
  table: ExportTable;
  onTable: (table: ExportTable) => void;
  labels: ChartLabels;
}

/**
 * AUM by tier and by child org: a table and a bar chart each. The table on screen is the one the
 * export writes (GET /api/tiers/summary/export, same rows and columns), offered only to staff
 * holding customer.export.
 */
export function DashboardTables({ summary, table, onTable, labels }: Props) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const metric = t(`metrics.${summary.policy.metric}`);
  const count = (value: number) => formatCount(value, i18n.language);
  const money = (value: string) => formatMoney(value);

  const tierRows: TierRow[] = [
    ...TIERS_HIGHEST_FIRST.map((tier) => ({ key: tier, label: t(`tiers.${tier}`), service: summary.total.serviceTiers[tier], qualified: summary.total.qualifiedTiers[tier] })),
    { key: 'total', label: t('dashboards.total'), service: summary.total, qualified: summary.total },
  ];
  const pair = (title: string, pick: (row: TierRow) => Figure) => ({
    title,
    children: [
      { key: `${title}-customers`, title: t('dashboards.customers'), align: 'right' as const, render: (_: unknown, row: TierRow) => count(pick(row).customers) },
      { key: `${title}-metric`, title: t('dashboards.metricTotal', { metric }), align: 'right' as const, render: (_: unknown, row: TierRow) => money(pick(row).metricTotal) },
    ],
  });
  const tierColumns: ColumnsType<TierRow> = [
    { key: 'tier', title: t('dashboards.tier'), dataIndex: 'label' },
    pair(t('dashboards.serviceTier'), (row) => row.service),
    pair(t('dashboards.qualifiedTier'), (row) => row.qualified),
  ];

  const orgRows: OrgRow[] = [
    ...summary.children.map((child) => ({ key: String(child.org.id), label: child.org.name, ...child })),
    { key: 'total', label: `${summary.org.name} ${t('dashboards.total')}`, ...summary.total },
  ];
  const orgColumns: ColumnsType<OrgRow> = [
    { key: 'org', title: t('dashboards.orgName'), dataIndex: 'label', fixed: 'left' },
    { key: 'customers', title: t('dashboards.customers'), align: 'right', render: (_, row) => count(row.customers) },
    { key: 'metric', title: t('dashboards.metricTotal', { metric }), align: 'right', render: (_, row) => money(row.metricTotal) },
    ...TIERS_HIGHEST_FIRST.map((tier) => ({
      key: tier,
      title: t(`tiers.${tier}`),
      children: [
        { key: `${tier}-customers`, title: t('dashboards.customers'), align: 'right' as const, render: (_: unknown, row: OrgRow) => count(row.serviceTiers[tier].customers) },
        { key: `${tier}-metric`, title: t('dashboards.metricTotal', { metric }), align: 'right' as const, render: (_: unknown, row: OrgRow) => money(row.serviceTiers[tier].metricTotal) },
      ],
    })),
  ];

  return (
    <Card
      title={t('dashboards.tables')}
      extra={can(PERMISSIONS.customerExport) ? <ExportButton summary={summary} table={table} /> : null}
    >
      <Tabs
        activeKey={table}
        onChange={(key) => onTable(key as ExportTable)}
        items={[
          {
            key: 'tiers',
            label: t('dashboards.byTier'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                <Suspense fallback={<PageLoading />}>
                  <EChart option={tierMoneyOption(summary, labels)} ariaLabel={t('dashboards.tierChart', { metric })} height={240} />
                </Suspense>
                <Table<TierRow> columns={tierColumns} dataSource={tierRows} pagination={false} size="small" bordered scroll={{ x: true }} />
              </Space>
            ),
          },
          {
            key: 'orgs',
            label: t('dashboards.byOrg'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                {summary.children.length > 0 ? (
                  <Suspense fallback={<PageLoading />}>
                    <EChart option={orgMoneyOption(summary, labels)} ariaLabel={t('dashboards.orgChart', { metric })} height={280} />
                  </Suspense>
                ) : (
                  <Empty description={t('dashboards.noChildren')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
                )}
                <Table<OrgRow> columns={orgColumns} dataSource={orgRows} pagination={false} size="small" bordered scroll={{ x: true }} />
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('dashboards.amountNote', { metric })}
      </Typography.Paragraph>
    </Card>
  );
}

/** Downloads the shown table for the shown org and month; the server checks, masks and audits. */
function ExportButton({ summary, table }: { summary: TierSummary; table: ExportTable }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });
  const run = async () => {
    setState({ busy: true });
    try {
      const name = await downloadTierExport(api, { table, month: summary.month, orgId: summary.org.id });
      setState({ busy: false, done: name });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  };
  return (
    <Space>
      {state.error ? <Alert type="error" showIcon message={t('dashboards.exportFailed', { message: state.error })} /> : null}
      {state.done ? (
        <Typography.Text type="success" role="status">
          {t('dashboards.exported', { name: state.done })}
        </Typography.Text>
      ) : null}
      <Button icon={<DownloadOutlined />} loading={state.busy} onClick={() => void run()}>
        {t('dashboards.export')}
      </Button>
    </Space>
  );
}
