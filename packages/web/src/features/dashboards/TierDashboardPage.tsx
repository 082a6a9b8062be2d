import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatMonth } from '../../shared/format/dates.ts';
import { formatMoneyCompact } from '../../shared/format/money.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { pyramidOption, sankeyData, sankeyOption, trendOption, type ChartLabels } from './chart-options.ts';
import { filtersOf, paramsOf, type DashboardFilters as Filters } from './dashboard-filters.ts';
import { DashboardFilters } from './DashboardFilters.tsx';
import { DashboardTables } from './DashboardTables.tsx';
import { useOrgTree, useTierSummary, useTierTransitions, useTierTrend, type OrgNode, type TierCode } from './tier-api.ts';

const EChart = lazy(() => import('../../shared/charts/EChart.tsx'));

const TREND_MONTHS = 12;

/**
 * 分层统计 (issue 5 "Tier dashboards"): for an org in the caller's scope and an evaluated month —
 * the tier pyramid, last month → this month as a Sankey, AUM by tier and by child org (tables
 * with export) and the trend of the 12 months up to the month. Filters live in the URL.
 */
export default function TierDashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const update = (change: Partial<Filters>) => setParams(paramsOf({ ...filters, ...change }), { replace: false });

  const summary = useTierSummary(filters);
  const transitions = useTierTransitions(filters);
  const trend = useTierTrend(filters.orgId);
  const orgs = useOrgTree();

  const labels: ChartLabels = useMemo(
    () => ({
      tier: (tier: TierCode) => t(`tiers.${tier}`),
      previous: (tier: string) => t('dashboards.previous', { tier }),
      current: (tier: string) => t('dashboards.current', { tier }),
      initial: t('dashboards.initial'),
      customers: t('dashboards.customers'),
      compactMoney: (value: string) => formatMoneyCompact(value, i18n.language),
    }),
    [t, i18n.language],
  );

  const title = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {t('dashboards.title')}
    </Typography.Title>
  );
  const error = summary.error ?? transitions.error;
  if (isApiError(error, 'EVALUATION_NOT_FOUND') && filters.month === undefined) {
    return (
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {title}
        <Empty description={<Space direction="vertical"><Typography.Text strong>{t('dashboards.noEvaluationTitle')}</Typography.Text>{t('dashboards.noEvaluation')}</Space>} />
      </Space>
    );
  }
  if (error) return <PageError error={error} onRetry={() => void Promise.all([summary.refetch(), transitions.refetch()])} />;
  if (!summary.data || !transitions.data) return <PageLoading />;
  const data = summary.data;
  const metric = t(`metrics.${data.policy.metric}`);
  // Months newest first for the picker; the chart shows the 12 up to the month on screen.
  const evaluatedMonths = trend.data ? trend.data.months.map((month) => month.month).reverse() : [data.month];
  const shownTrend = trend.data ? trend.data.months.filter((month) => month.month <= data.month).slice(-TREND_MONTHS) : [];
  const sankey = sankeyData(transitions.data, labels);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        {title}
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text strong>{data.org.name}</Typography.Text>
          <Tag color={data.basis === 'ORG' ? 'blue' : 'gold'}>{t(`dashboards.basis.${data.basis}`)}</Tag>
          <Typography.Text type="secondary">{t('dashboards.evaluation', { policy: data.policy.code, version: data.policy.version, metric })}</Typography.Text>
        </Space>
      </div>

      <Card size="small">
        <DashboardFilters
          // Until the tree arrives, the org on screen is the only choice.
          orgs={orgs.data ?? [{ ...data.org, level: data.org.level as OrgNode['level'], parentId: null }]}
          orgId={data.org.id}
          months={evaluatedMonths.includes(data.month) ? evaluatedMonths : [data.month, ...evaluatedMonths]}
          month={data.month}
          onOrg={(orgId) => update({ orgId })}
          onMonth={(month) => update({ month })}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('dashboards.pyramid')}>
            <Suspense fallback={<PageLoading />}>
              <EChart option={pyramidOption(data, labels)} ariaLabel={t('dashboards.pyramidChart')} height={300} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('dashboards.sankey')}>
            {sankey.links.length > 0 ? (
              <Suspense fallback={<PageLoading />}>
                <EChart option={sankeyOption(sankey)} ariaLabel={t('dashboards.sankeyChart')} height={300} />
              </Suspense>
            ) : (
              <Empty description={t('dashboards.noTransitions')} />
            )}
          </Card>
        </Col>
      </Row>

      <DashboardTables summary={data} table={filters.table} onTable={(table) => update({ table })} labels={labels} />

      <Card title={t('dashboards.trend')}>
        {trend.error ? (
          <PageError error={trend.error} onRetry={() => void trend.refetch()} />
        ) : !trend.data ? (
          <PageLoading />
        ) : shownTrend.length === 0 ? (
          <Empty description={t('dashboards.trendEmpty')} />
        ) : (
          <Suspense fallback={<PageLoading />}>
            <EChart
              option={trendOption(shownTrend, { ...labels, month: (month) => formatMonth(month, i18n.language) })}
              ariaLabel={t('dashboards.trendChart')}
              height={320}
            />
          </Suspense>
        )}
      </Card>
    </Space>
  );
}
