import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDay, formatInstant, formatMonth } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { useDataStatus } from './data-api.ts';
import type { DataStatus } from './data-types.ts';

/** The first and last of the days an import closed, e.g. "2026/09/29 – 2026/09/30 (2)". */
function daysCovered(days: string[], language: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (days.length === 0) return t('data.status.noDaysClosed');
  const sorted = [...days].sort();
  const range = sorted.length === 1 ? formatDay(sorted[0], language) : `${formatDay(sorted[0], language)} – ${formatDay(sorted.at(-1), language)}`;
  return t('data.status.daysCovered', { range, count: sorted.length });
}

/** What is missing and what it blocks: the gap ranges and, per policy, the months that cannot be evaluated. */
function GapWarning({ status }: { status: DataStatus }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const { gaps, unevaluableMonths } = status;
  if (gaps.days === 0 && unevaluableMonths.length === 0) {
    return status.closedDays.count > 0 ? <Alert type="success" showIcon message={t('data.status.noGaps')} /> : null;
  }
  const byPolicy = new Map<string, DataStatus['unevaluableMonths']>();
  for (const month of unevaluableMonths) byPolicy.set(month.policy.code, [...(byPolicy.get(month.policy.code) ?? []), month]);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="data-gaps"
      message={gaps.days > 0 ? t('data.status.gapsTitle', { count: gaps.days }) : t('data.status.blockedTitle')}
      description={
        <Space direction="vertical" size="small">
          {gaps.ranges.length > 0 && (
            <Typography.Text>
              {gaps.ranges
                .map((range) => (range.days === 1 ? formatDay(range.from, language) : `${formatDay(range.from, language)} – ${formatDay(range.to, language)}`))
                .join(t('data.status.rangeSeparator'))}
              {gaps.rangeCount > gaps.ranges.length && ` ${t('data.status.moreRanges', { count: gaps.rangeCount - gaps.ranges.length })}`}
            </Typography.Text>
          )}
          {[...byPolicy.entries()].map(([code, months]) => (
            <Typography.Text key={code}>
              {t('data.status.blockedMonths', { code })}
              {months[0]?.inForce && <Tag color="blue" style={{ marginInlineStart: 8 }}>{t('data.status.inForce')}</Tag>}
              {months
                .map((month) => t('data.status.blockedMonth', { month: formatMonth(month.month, language), reason: t(`data.reasons.${month.reason}`, { count: month.missingDays }) }))
                .join(t('data.status.listSeparator'))}
            </Typography.Text>
          ))}
        </Space>
      }
    />
  );
}

/** 数据状态: the last import, the last closed day, each policy's latest evaluation, and the gaps. */
export function DataStatusHeader() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const status = useDataStatus();
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <PageError error={status.error} onRetry={() => void status.refetch()} />;
  const data = status.data;
  return (
    <Card title={t('data.status.title')} data-testid="data-status">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" bordered>
          <Descriptions.Item label={t('data.status.lastImport')}>
            {data.lastImport ? (
              <Space direction="vertical" size={0}>
                <span>{t('data.status.importedBy', { when: formatInstant(data.lastImport.finishedAt, language), actor: data.lastImport.actor })}</span>
                <Typography.Text type="secondary">{daysCovered(data.lastImport.daysClosed, language, t)}</Typography.Text>
              </Space>
            ) : (
              t('data.status.noImport')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('data.status.lastClosedDay')}>
            {data.closedDays.last ? (
              <Space direction="vertical" size={0}>
                <span>{formatDay(data.closedDays.last, language)}</span>
                <Typography.Text type="secondary">
                  {t('data.status.closedSince', { first: formatDay(data.closedDays.first, language), count: data.closedDays.count })}
                </Typography.Text>
              </Space>
            ) : (
              t('data.status.noClosedDay')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('data.status.latestEvaluations')} span="filled">
            {data.evaluations.length === 0 ? (
              t('data.status.noEvaluation')
            ) : (
              <List
                size="small"
                dataSource={data.evaluations}
                renderItem={(evaluation) => (
                  <List.Item key={evaluation.policy.code}>
                    <Space wrap>
                      <Typography.Text strong>{`${evaluation.policy.code} v${evaluation.policy.version}`}</Typography.Text>
                      {evaluation.inForce && <Tag color="blue">{t('data.status.inForce')}</Tag>}
                      <span>{formatMonth(evaluation.month, language)}</span>
                      <span>{t('data.status.customers', { count: evaluation.customers, formatted: formatCount(evaluation.customers, language) })}</span>
                      <Typography.Text type="secondary">{formatInstant(evaluation.finishedAt, language)}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Descriptions.Item>
        </Descriptions>
        <GapWarning status={data} />
      </Space>
    </Card>
  );
}
