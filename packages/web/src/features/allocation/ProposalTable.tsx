import { Alert, Button, Checkbox, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/format/money.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useAssign, type Proposal, type ProposalItem } from './allocation-api.ts';
import { laneLabel } from './lane-label.ts';
import { mayServe } from './outlets.ts';

/**
 * A proposal or a handover to review: every row accepted at first, each target editable, the
 * accepted rows applied in one transaction (refused whole with ALLOCATION_CONFLICT if any
 * relation changed since the proposal was computed). A target can only be changed to someone who
 * may take the customer (outlets.ts: staff of its outlet, or the sub-branch head above).
 */
export function ProposalTable({ proposal, reason }: { proposal: Proposal; reason: 'PROPOSAL' | 'HANDOVER' }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const assign = useAssign();
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [targets, setTargets] = useState<Map<string, number>>(new Map());
  const [applied, setApplied] = useState<number | null>(null);
  const option = (member: Proposal['receivers'][number]) => ({ value: member.id, label: `${member.name}（${t(`roles.${member.role}`)}）` });
  const accepted = proposal.items.filter((item) => !rejected.has(item.customerId));

  const apply = () => {
    setApplied(null);
    assign.mutate(
      {
        kind: reason,
        note: '',
        items: accepted.map((item) => ({
          customerId: item.customerId,
          maintainerStaffId: targets.get(item.customerId) ?? item.to!.id,
          expectedVersion: item.expectedVersion,
        })),
      },
      { onSuccess: (result) => setApplied(result.changed) },
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {t('allocation.proposalSummary', {
          considered: proposal.customersConsidered,
          proposed: proposal.items.length,
          moved: proposal.moved,
          minimum: proposal.minimumMoves,
        })}
      </Typography.Text>
      <Table<ProposalItem>
        rowKey="customerId"
        size="small"
        dataSource={proposal.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: t('allocation.nothingToPropose') }}
        columns={[
          {
            title: t('allocation.accept'),
            key: 'accept',
            render: (_, item) => (
              <Checkbox
                aria-label={t('allocation.acceptOne', { name: item.name })}
                checked={!rejected.has(item.customerId)}
                onChange={(event) =>
                  setRejected((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.delete(item.customerId);
                    else next.add(item.customerId);
                    return next;
                  })
                }
              />
            ),
          },
          { title: t('allocation.customerNo'), dataIndex: 'customerNo', key: 'customerNo' },
          { title: t('allocation.name'), dataIndex: 'name', key: 'name' },
          { title: t('allocation.tier'), key: 'tier', render: (_, item) => t(`tiers.${item.tier}`) },
          { title: t('allocation.lane'), key: 'lane', render: (_, item) => laneLabel(t, item.lane) },
          { title: t('allocation.aum'), key: 'aum', align: 'right', render: (_, item) => formatMoney(item.aum) },
          { title: t('allocation.from'), key: 'from', render: (_, item) => item.from?.name ?? t('allocation.nobody') },
          {
            title: t('allocation.to'),
            key: 'to',
            render: (_, item) => (
              <Select
                aria-label={t('allocation.changeTarget', { name: item.name })}
                style={{ minWidth: 160 }}
                value={targets.get(item.customerId) ?? item.to!.id}
                options={proposal.receivers.filter((member) => mayServe(member, item)).map(option)}
                onChange={(value: number) => setTargets((current) => new Map(current).set(item.customerId, value))}
              />
            ),
          },
          { title: t('allocation.why'), dataIndex: 'why', key: 'why' },
        ]}
      />
      {proposal.unplaced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('allocation.unplaced', { count: proposal.unplaced.length })}
          description={proposal.unplaced.slice(0, 20).map((item) => (
            <div key={item.customerId}>
              {item.customerNo} {item.name}：{item.why}
            </div>
          ))}
        />
      )}
      <Space>
        <Button type="primary" disabled={accepted.length === 0 || applied !== null} loading={assign.isPending} onClick={apply}>
          {t('allocation.apply', { count: accepted.length })}
        </Button>
      </Space>
      {assign.isError && <Alert type="error" showIcon message={errorMessage(assign.error)} />}
      {applied !== null && <Alert type="success" showIcon message={t('allocation.assigned', { count: applied })} />}
    </Space>
  );
}
