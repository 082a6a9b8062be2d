import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { thresholdOf, VersionStatusTag } from './policy-parts.tsx';
import { usePolicies } from './policies-api.ts';
import { VIP_TIERS, type PolicySummary } from './policy-types.ts';

/** /policies: every tier policy code, its active version, metric and thresholds (分层政策). */
export default function PolicyListPage() {
  const { t } = useTranslation();
  const policies = usePolicies();
  if (policies.isPending) return <PageLoading />;
  if (policies.isError) return <PageError error={policies.error} onRetry={() => void policies.refetch()} />;

  const columns: ColumnsType<PolicySummary> = [
    {
      key: 'code',
      title: t('policies.list.code'),
      render: (_, row) => <Link to={`/policies/${row.code}`}>{row.code}</Link>,
    },
    { key: 'name', title: t('policies.list.name'), render: (_, row) => row.policy.name },
    {
      key: 'active',
      title: t('policies.list.activeVersion'),
      render: (_, row) =>
        row.activeVersion === null ? <VersionStatusTag status={row.policy.status} /> : t('policies.versionLabel', { version: row.activeVersion }),
    },
    { key: 'metric', title: t('policies.list.metric'), render: (_, row) => t(`metrics.${row.policy.metric}`) },
    ...VIP_TIERS.map((tier) => ({
      key: tier,
      title: t(`tiers.${tier}`),
      align: 'right' as const,
      render: (_: unknown, row: PolicySummary) => thresholdOf(row.policy, tier),
    })),
    { key: 'versions', title: t('policies.list.versions'), align: 'right', render: (_, row) => row.versions },
  ];

  return (
    <Card>
      <Typography.Title level={3}>{t('policies.list.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('policies.list.intro')}</Typography.Paragraph>
      <Table<PolicySummary>
        rowKey="code"
        columns={columns}
        dataSource={policies.data.policies}
        pagination={false}
        aria-label={t('policies.list.title')}
        locale={{ emptyText: t('policies.list.empty') }}
      />
    </Card>
  );
}
