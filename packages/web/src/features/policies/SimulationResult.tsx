import { Alert, Card, Col, Row, Segmented, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMonth } from '../../shared/format/dates.ts';
import type { MatrixRow, SimulatedBranch, SimulatedOutlet, Simulation } from './policy-types.ts';
import { rowTotal, sankeyOf, sankeyOption, TIERS, type Tier } from './simulation-view.ts';

const EChart = lazy(() => import('../../shared/charts/EChart.tsx'));

type Basis = 'service' | 'qualified';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The moves and RM figures every org row shares, sortable. */
function useFigureColumns<T extends SimulatedBranch | SimulatedOutlet>(): ColumnsType<T> {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  return [
    { key: 'customers', title: t('policies.sim.customers'), align: 'right', sorter: (a, b) => a.customers - b.customers, render: (_, row) => count(row.customers) },
    { key: 'up', title: t('policies.sim.up'), align: 'right', sorter: (a, b) => a.up - b.up, render: (_, row) => count(row.up) },
    { key: 'down', title: t('policies.sim.down'), align: 'right', sorter: (a, b) => a.down - b.down, render: (_, row) => count(row.down) },
    { key: 'unchanged', title: t('policies.sim.unchanged'), align: 'right', sorter: (a, b) => a.unchanged - b.unchanged, render: (_, row) => count(row.unchanged) },
    { key: 'rmsBefore', title: t('policies.sim.rmsBefore'), align: 'right', sorter: (a, b) => a.rms.before.total - b.rms.before.total, render: (_, row) => row.rms.before.total },
    { key: 'rmsAfter', title: t('policies.sim.rmsAfter'), align: 'right', sorter: (a, b) => a.rms.after.total - b.rms.after.total, render: (_, row) => row.rms.after.total },
    {
      key: 'rmsDifference',
      title: t('policies.sim.rmsDifference'),
      align: 'right',
      sorter: (a, b) => a.rms.difference - b.rms.difference,
      render: (_, row) => <Typography.Text type={row.rms.difference > 0 ? 'danger' : row.rms.difference < 0 ? 'success' : undefined}>{signed(row.rms.difference)}</Typography.Text>,
    },
  ];
}

/** Customers by tier and RMs by tier, before → after, for one outlet. */
function OutletBook({ outlet }: { outlet: SimulatedOutlet }) {
  const { t } = useTranslation();
  const rows = TIERS.map((tier) => ({
    tier,
    before: outlet.before[tier],
    after: outlet.after[tier],
    rmsBefore: tier === 'STANDARD' ? null : outlet.rms.before.byTier[tier],
    rmsAfter: tier === 'STANDARD' ? null : outlet.rms.after.byTier[tier],
  }));
  return (
    <Table
      size="small"
      rowKey="tier"
      pagination={false}
      aria-label={t('policies.sim.outletBook', { outlet: outlet.org.name })}
      dataSource={rows}
      columns={[
        { key: 'tier', title: t('policies.sim.tier'), render: (_, row) => t(`tiers.${row.tier}`) },
        { key: 'before', title: t('policies.sim.customersBefore'), align: 'right', render: (_, row) => row.before },
        { key: 'after', title: t('policies.sim.customersAfter'), align: 'right', render: (_, row) => row.after },
        { key: 'rmsBefore', title: t('policies.sim.rmsBefore'), align: 'right', render: (_, row) => row.rmsBefore ?? '—' },
        { key: 'rmsAfter', title: t('policies.sim.rmsAfter'), align: 'right', render: (_, row) => row.rmsAfter ?? '—' },
      ]}
    />
  );
}

function MatrixTable({ matrix, caption }: { matrix: readonly MatrixRow[]; caption: string }) {
  const { t } = useTranslation();
  const tierName = (tier: Tier | null) => (tier === null ? t('tiers.none') : t(`tiers.${tier}`));
  // The "not evaluated" row only when someone is in it.
  const rows = matrix.filter((row) => row.from !== null || rowTotal(row) > 0);
  const columns: ColumnsType<MatrixRow> = [
    { key: 'from', title: t('policies.sim.fromTo'), render: (_, row) => <strong>{tierName(row.from)}</strong> },
    ...TIERS.map((tier) => ({
      key: tier,
      title: tierName(tier),
      align: 'right' as const,
      render: (_: unknown, row: MatrixRow) => {
        const value = row.to[tier];
        return row.from !== tier && value > 0 ? <Typography.Text strong type="warning">{value}</Typography.Text> : value;
      },
    })),
    { key: 'total', title: t('policies.sim.rowTotal'), align: 'right', render: (_, row) => rowTotal(row) },
  ];
  return <Table<MatrixRow> size="small" rowKey={(row) => row.from ?? 'none'} pagination={false} columns={columns} dataSource={rows} aria-label={caption} />;
}

/** What a simulation found: totals, the from × to matrix and its Sankey, moves by branch, RMs by outlet. */
export function SimulationResult({ simulation }: { simulation: Simulation }) {
  const { t, i18n } = useTranslation();
  const [basis, setBasis] = useState<Basis>('service');
  const figureColumns = useFigureColumns<SimulatedOutlet>();
  const branchFigureColumns = useFigureColumns<SimulatedBranch>();
  const matrix = basis === 'service' ? simulation.serviceMatrix : simulation.qualifiedMatrix;
  const moves = basis === 'service' ? simulation.total : simulation.total.qualifiedMoves;
  const { candidate, baseline, total } = simulation;
  const option = useMemo(() => {
    const label = (side: 'from' | 'to', tier: Tier | null) =>
      t(side === 'from' ? 'policies.sim.nodeBefore' : 'policies.sim.nodeAfter', { tier: tier === null ? t('tiers.none') : t(`tiers.${tier}`) });
    return sankeyOption(sankeyOf(matrix, label));
  }, [matrix, t]);
  const count = (value: number) => formatCount(value, i18n.language);
  const policyLabel = (policy: Simulation['candidate']) =>
    t('policies.sim.policyLabel', { code: policy.code, version: policy.version, status: t(`policies.status.${policy.status}`) });

  const outletColumns: ColumnsType<SimulatedOutlet> = [
    { key: 'outlet', title: t('policies.sim.outlet'), sorter: (a, b) => (a.org.code < b.org.code ? -1 : 1), render: (_, row) => row.org.name },
    { key: 'branch', title: t('policies.sim.branch'), render: (_, row) => row.branch?.name ?? '—' },
    ...figureColumns,
  ];
  const branchColumns: ColumnsType<SimulatedBranch> = [
    { key: 'branch', title: t('policies.sim.branch'), render: (_, row) => row.org?.name ?? t('policies.sim.noBranch') },
    { key: 'outlets', title: t('policies.sim.outlets'), align: 'right', render: (_, row) => row.outlets },
    ...branchFigureColumns,
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Paragraph>
          {t('policies.sim.compared', { candidate: policyLabel(candidate), baseline: policyLabel(baseline), month: formatMonth(simulation.month, i18n.language) })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {simulation.previousEvaluation
            ? t('policies.sim.previous', { month: formatMonth(simulation.previousEvaluation.month, i18n.language), version: simulation.previousEvaluation.version })
            : t('policies.sim.noPrevious')}{' '}
          {t(`policies.sim.metricSource.${simulation.metricSource}`)}{' '}
          {t('policies.sim.ratios', simulation.capacityRatios)}
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.customers')} value={count(total.customers)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.up')} value={count(moves.up)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.down')} value={count(moves.down)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.unchanged')} value={count(moves.unchanged)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.rmsTotal')} value={`${total.rms.before.total} → ${total.rms.after.total}`} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('policies.sim.rmsDifference')} value={signed(total.rms.difference)} />
          </Col>
        </Row>
        {total.notEvaluated > 0 && <Alert type="info" showIcon style={{ marginTop: 16 }} message={t('policies.sim.notEvaluated', { count: total.notEvaluated })} />}
        {total.statuses.SPECIAL_ADMISSION > 0 && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} message={t('policies.sim.specialAdmissions', { count: total.statuses.SPECIAL_ADMISSION })} />
        )}
      </Card>

      <Card
        title={t('policies.sim.matrixTitle')}
        extra={
          <Segmented<Basis>
            aria-label={t('policies.sim.basis')}
            value={basis}
            onChange={setBasis}
            options={[
              { value: 'service', label: t('policies.sim.basisService') },
              { value: 'qualified', label: t('policies.sim.basisQualified') },
            ]}
          />
        }
      >
        <Typography.Paragraph type="secondary">{t(basis === 'service' ? 'policies.sim.basisServiceHint' : 'policies.sim.basisQualifiedHint')}</Typography.Paragraph>
        <MatrixTable matrix={matrix} caption={t('policies.sim.matrix')} />
        <Suspense fallback={<Skeleton active />}>
          <EChart option={option} height={360} ariaLabel={t('policies.sim.sankey', { up: moves.up, down: moves.down })} />
        </Suspense>
      </Card>

      <Card title={t('policies.sim.byBranch')}>
        <Typography.Paragraph type="secondary">{t('policies.sim.byBranchHint')}</Typography.Paragraph>
        <Table<SimulatedBranch>
          size="small"
          rowKey={(row) => row.org?.id ?? 'none'}
          pagination={false}
          columns={branchColumns}
          dataSource={simulation.branches}
          aria-label={t('policies.sim.byBranch')}
          expandable={{
            expandedRowRender: (branch) => (
              <Table<SimulatedOutlet>
                size="small"
                rowKey={(row) => row.org.id}
                pagination={false}
                columns={outletColumns.filter((column) => column.key !== 'branch')}
                dataSource={simulation.outlets.filter((outlet) => (outlet.branch?.id ?? null) === (branch.org?.id ?? null))}
                aria-label={t('policies.sim.branchOutlets', { branch: branch.org?.name ?? t('policies.sim.noBranch') })}
              />
            ),
          }}
        />
      </Card>

      <Card title={t('policies.sim.byOutlet')}>
        <Typography.Paragraph type="secondary">{t('policies.sim.byOutletHint')}</Typography.Paragraph>
        <Table<SimulatedOutlet>
          size="small"
          rowKey={(row) => row.org.id}
          columns={outletColumns}
          dataSource={simulation.outlets}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          aria-label={t('policies.sim.byOutlet')}
          expandable={{ expandedRowRender: (outlet) => <OutletBook outlet={outlet} /> }}
        />
      </Card>
    </Space>
  );
}
