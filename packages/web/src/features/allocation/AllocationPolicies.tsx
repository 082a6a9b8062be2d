import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useActivatePolicy, usePolicies, type AllocationPolicy, type PolicyLane } from './allocation-api.ts';
import { laneLabel, policyDescription } from './lane-label.ts';

/** "≥ ¥200,000.00", "< ¥…", "¥… – ¥…" or "any": the lower bound is inclusive, the upper exclusive. */
function aumBand(t: TFunction, lane: PolicyLane): string {
  if (lane.minAum !== null && lane.maxAum !== null) return t('allocation.aumBand', { min: formatMoney(lane.minAum), max: formatMoney(lane.maxAum) });
  if (lane.minAum !== null) return t('allocation.aumFrom', { min: formatMoney(lane.minAum) });
  if (lane.maxAum !== null) return t('allocation.aumBelow', { max: formatMoney(lane.maxAum) });
  return t('allocation.anyAum');
}

/**
 * The allocation policies (DOMAIN.md §6, policies as data) with their lanes: which customers each
 * lane takes, who may maintain them and how many. Head office (allocation-policy.manage) puts
 * another one in force after a confirmation; the board above then reads its lanes and capacities.
 */
export function AllocationPolicies() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can(PERMISSIONS.allocationPolicyManage);
  const policies = usePolicies();
  const activate = useActivatePolicy();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();

  if (policies.isPending) return <PageLoading />;
  if (policies.isError) return <PageError error={policies.error} onRetry={() => void policies.refetch()} />;

  const confirmActivation = (policy: AllocationPolicy) =>
    modal.confirm({
      title: t('allocation.policyActivateTitle', { name: policy.name }),
      content: t('allocation.policyActivateWarning'),
      okText: t('allocation.policyActivate'),
      cancelText: t('common.cancel'),
      okButtonProps: { autoInsertSpace: false },
      cancelButtonProps: { autoInsertSpace: false },
      onOk: () =>
        activate.mutateAsync(policy.code).then(
          () => void message.success(t('allocation.policyActivated', { name: policy.name })),
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });

  const join = (parts: string[]) => parts.join(t('allocation.listSeparator'));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {policies.data.items.map((policy) => (
        <section key={policy.code} aria-label={policy.name}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
            <Space wrap>
              <Typography.Text strong>{policy.name}</Typography.Text>
              <Typography.Text type="secondary" code>
                {policy.code}
              </Typography.Text>
              {policy.active && <Tag color="green">{t('allocation.policyActive')}</Tag>}
            </Space>
            {manage && !policy.active && (
              <Button
                size="small"
                autoInsertSpace={false}
                loading={activate.isPending && activate.variables === policy.code}
                aria-label={t('allocation.policyActivateLabel', { name: policy.name })}
                onClick={() => confirmActivation(policy)}
              >
                {t('allocation.policyActivate')}
              </Button>
            )}
          </Space>
          {policyDescription(t, policy.code, policy.description) !== '' && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {policyDescription(t, policy.code, policy.description)}
            </Typography.Paragraph>
          )}
          <Table<PolicyLane>
            aria-label={t('allocation.policyLanes', { name: policy.name })}
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={policy.lanes}
            columns={[
              { title: t('allocation.lane'), key: 'lane', render: (_, lane) => laneLabel(t, lane.key) },
              { title: t('allocation.laneTiers'), key: 'tiers', render: (_, lane) => (lane.tiers === null ? t('allocation.anyTier') : join(lane.tiers.map((tier) => t(`tiers.${tier}`)))) },
              { title: t('allocation.laneAum'), key: 'aum', render: (_, lane) => aumBand(t, lane) },
              { title: t('allocation.laneAge'), key: 'age', render: (_, lane) => (lane.maxAge === null ? t('allocation.noLimit') : t('allocation.ageBelow', { age: lane.maxAge })) },
              { title: t('allocation.laneRoles'), key: 'roles', render: (_, lane) => join(lane.roles.map((role) => t(`roles.${role}`))) },
              { title: t('allocation.laneCapacity'), key: 'capacity', align: 'right', render: (_, lane) => lane.capacity ?? t('allocation.noLimit') },
              { title: t('allocation.laneAdvisorCapacity'), key: 'advisorCapacity', align: 'right', render: (_, lane) => lane.advisorCapacity ?? t('common.none') },
              { title: t('allocation.laneQuota'), key: 'quota', align: 'right', render: (_, lane) => lane.quota ?? t('common.none') },
            ]}
          />
        </section>
      ))}
    </Space>
  );
}
