import { Alert, Button, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
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
 * relation changed since the proposal was computed). A row sets the maintainer and the supporting
 * advisor together. A target can only be changed to someone who may take the customer (outlets.ts:
 * staff of its outlet, or the sub-branch head above), and the advisor is never the maintainer.
 */
/** The "none" choice of the advisor picker (staff ids are positive). */
const NO_ADVISOR = 0;

export function ProposalTable({ proposal, reason }: { proposal: Proposal; reason: 'PROPOSAL' | 'HANDOVER' }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const assign = useAssign();
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [targets, setTargets] = useState<Map<string, number>>(new Map());
  /** Advisor chosen per customer; NO_ADVISOR: none. */
  const [advisors, setAdvisors] = useState<Map<string, number>>(new Map());
  const [applied, setApplied] = useState<number | null>(null);
  const option = (member: { id: number; name: string; role: string }) => ({ value: member.id, label: `${member.name}（${t(`roles.${member.role}`)}）` });
  const accepted = proposal.items.filter((item) => !rejected.has(item.customerId));
  const maintainerOf = (item: ProposalItem) => targets.get(item.customerId) ?? item.to!.id;
  const advisorOf = (item: ProposalItem) => {
    const chosen = advisors.get(item.customerId);
    if (chosen !== undefined) return chosen === NO_ADVISOR ? null : chosen;
    return item.advisor?.to?.id ?? null;
  };
  // The proposed person stays offered even when outside the receivers (a maintainer kept as is, e.g. the sub-branch head).
  const withProposed = (options: { value: number; label: string }[], proposed: { id: number; name: string; role: string } | null) =>
    proposed && !options.some((entry) => entry.value === proposed.id) ? [option(proposed), ...options] : options;

  const apply = () => {
    setApplied(null);
    assign.mutate(
      {
        kind: reason,
        note: '',
        items: accepted.map((item) => ({
          customerId: item.customerId,
          maintainerStaffId: maintainerOf(item),
          // Only rows that speak of an advisor set one; the others keep theirs.
          ...(item.advisor ? { advisorStaffId: advisorOf(item) } : {}),
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
      <Typography.Text>
        {t('allocation.advisorSummary', { added: proposal.advisorsAdded, moved: proposal.advisorMoved, minimum: proposal.advisorMinimumMoves })}
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
                value={maintainerOf(item)}
                options={withProposed(
                  proposal.receivers.filter((member) => mayServe(member, item) && member.id !== advisorOf(item)).map(option),
                  item.to,
                )}
                onChange={(value: number) => setTargets((current) => new Map(current).set(item.customerId, value))}
              />
            ),
          },
          { title: t('allocation.advisorFrom'), key: 'advisorFrom', render: (_, item) => (item.advisor ? (item.advisor.from?.name ?? t('allocation.nobody')) : t('common.none')) },
          {
            title: t('allocation.advisorTo'),
            key: 'advisorTo',
            render: (_, item) =>
              item.advisor ? (
                <Space direction="vertical" size={2}>
                  <Select
                    aria-label={t('allocation.changeAdvisor', { name: item.name })}
                    style={{ minWidth: 160 }}
                    value={advisorOf(item) ?? NO_ADVISOR}
                    options={[
                      ...withProposed(
                        proposal.advisorReceivers.filter((member) => mayServe(member, item) && member.id !== maintainerOf(item)).map(option),
                        item.advisor.to && item.advisor.to.id !== maintainerOf(item) ? item.advisor.to : null,
                      ),
                      { value: NO_ADVISOR, label: t('allocation.noAdvisor') },
                    ]}
                    onChange={(value: number) => setAdvisors((current) => new Map(current).set(item.customerId, value))}
                  />
                  <Tag>{t(`allocation.advisorReasons.${item.advisor.reason}`)}</Tag>
                </Space>
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('allocation.why'),
            key: 'why',
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <span>{item.why}</span>
                {item.advisor && item.advisor.reason !== 'ADVISOR_KEPT' && <span>{item.advisor.why}</span>}
              </Space>
            ),
          },
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
      {proposal.advisorUnplaced.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={t('allocation.advisorUnplaced', { count: proposal.advisorUnplaced.length })}
          description={proposal.advisorUnplaced.slice(0, 20).map((item) => (
            <div key={item.customerId}>
              {item.customerNo} {item.name}：{item.advisor?.why}
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
