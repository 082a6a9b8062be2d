import { Alert, Button, Card, Collapse, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatInstant } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useOrgs } from '../customers/customers-api.ts';
import { AllocationPolicies } from './AllocationPolicies.tsx';
import { useAssign, useBoard, type BoardStaff, type BoardTotal, type Lead, type UnassignedItem } from './allocation-api.ts';
import { laneLabel } from './lane-label.ts';
import { mayServeAll, type HomePlace } from './outlets.ts';
import { LoadBar } from './LoadBar.tsx';

/**
 * The allocation board (/allocation): per staff member of the outlet (or a chosen org) the load
 * of each lane against its capacity, the unassigned customers of the latest evaluation and the
 * open leads; with allocation.manage, select customers and assign them to a staff member. The
 * allocation policies and their lanes are shown folded; head office switches the one in force there.
 */
export default function AllocationBoardPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const manage = can(PERMISSIONS.allocationManage);
  const [orgId, setOrgId] = useState<number | undefined>(undefined);
  const orgs = useOrgs();
  const board = useBoard(orgId);
  const assign = useAssign();
  const errorMessage = useErrorMessage();
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [target, setTarget] = useState<number | undefined>(undefined);
  const [done, setDone] = useState<number | null>(null);

  const orgOptions = useMemo(
    () => (orgs.data ?? []).filter((org) => org.level === 'OUTLET' || org.level === 'SUB_BRANCH').map((org) => ({ value: org.id, label: org.name })),
    [orgs.data],
  );

  if (board.isPending) return <PageLoading />;
  if (board.isError) return <PageError error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  // Only staff who may take every selected customer (their outlet's, or the sub-branch head above).
  const places = new Map<string, HomePlace>([...data.unassigned.items, ...data.leads].map((row) => [row.customerId, row]));
  const receivers = mayServeAll(
    data.staff.filter((member) => member.role !== 'WEALTH_ADVISOR'),
    [...selected.keys()].flatMap((customerId) => places.get(customerId) ?? []),
  );
  const chosen = receivers.some((member) => member.id === target) ? target : undefined;
  // Two leads for one customer are one row to allocate.
  const leads = data.leads.filter((lead, index) => data.leads.findIndex((other) => other.customerId === lead.customerId) === index);

  const toggle = (customerId: string, version: string, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(customerId, version);
      else next.delete(customerId);
      return next;
    });
  function selection<T extends { customerId: string; version: string }>(rows: readonly T[], nameOf: (row: T) => string): TableRowSelection<T> {
    return {
      selectedRowKeys: rows.filter((row) => selected.has(row.customerId)).map((row) => row.customerId),
      onSelect: (row, on) => toggle(row.customerId, row.version, on),
      onSelectAll: (on) => rows.forEach((row) => toggle(row.customerId, row.version, on)),
      getCheckboxProps: (row) => ({ 'aria-label': t('allocation.select', { name: nameOf(row) }) }) as object,
    };
  }

  const submit = () => {
    if (chosen === undefined) return;
    setDone(null);
    assign.mutate(
      {
        kind: 'MANUAL',
        note: '',
        items: [...selected].map(([customerId, expectedVersion]) => ({ customerId, maintainerStaffId: chosen, expectedVersion })),
      },
      {
        onSuccess: (result) => {
          setDone(result.changed);
          setSelected(new Map());
        },
      },
    );
  };

  // Maintained and supported customers are two measures with their own capacities: each its own bar.
  const laneColumns = data.lanes.map((lane) => ({
    title: laneLabel(t, lane.key),
    key: lane.key,
    render: (_: unknown, member: BoardStaff) => {
      const shows = (entry: BoardStaff['maintained'][number] | undefined) => entry !== undefined && (entry.capacity !== null || entry.customers > 0);
      const load = member.maintained.find((entry) => entry.lane === lane.key);
      const support = member.supported.find((entry) => entry.lane === lane.key);
      if (!shows(load) && !shows(support)) return t('common.none');
      return (
        <Space direction="vertical" size={0}>
          {shows(load) && <LoadBar label={`${member.name} ${laneLabel(t, lane.key)}`} customers={load!.customers} capacity={load!.capacity} quota={load!.quota} />}
          {shows(support) && (
            <LoadBar label={`${member.name} ${t('allocation.supportedLoad', { lane: laneLabel(t, lane.key) })}`} customers={support!.customers} capacity={support!.capacity} quota={null} />
          )}
        </Space>
      );
    },
  }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('allocation.boardTitle')}
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label={t('allocation.org')}
            style={{ minWidth: 220 }}
            value={orgId ?? data.org.id}
            options={orgOptions.length > 0 ? orgOptions : [{ value: data.org.id, label: data.org.name }]}
            onChange={(value: number) => {
              setOrgId(value);
              setSelected(new Map());
            }}
          />
          {manage && (
            <>
              <Link to="/allocation/proposal">{t('allocation.toProposal')}</Link>
              <Link to="/allocation/handover">{t('allocation.toHandover')}</Link>
            </>
          )}
        </Space>
      </Space>
      <Typography.Text type="secondary">
        {t('allocation.policyLine', { policy: data.policy.name, month: data.evaluationMonth ?? t('common.none') })}
      </Typography.Text>
      {/* Closed by default: the policies are read (and audited) only when someone opens them. */}
      <Collapse items={[{ key: 'policies', label: t('allocation.policiesTitle'), children: <AllocationPolicies /> }]} />

      <Card title={t('allocation.orgLoadTitle', { org: data.org.name })}>
        <Table<BoardTotal>
          rowKey="lane"
          size="small"
          pagination={false}
          dataSource={data.totals}
          aria-label={t('allocation.orgLoadTitle', { org: data.org.name })}
          columns={[
            { title: t('allocation.lane'), key: 'lane', render: (_, total) => laneLabel(t, total.lane) },
            { title: t('allocation.laneCustomers'), dataIndex: 'customers', key: 'customers', align: 'right' },
            { title: t('allocation.laneUnassigned'), key: 'unassigned', align: 'right', render: (_, total) => total.customers - total.assigned },
            {
              title: t('allocation.laneMaintainerLoad'),
              key: 'capacity',
              render: (_, total) => (
                <LoadBar label={`${data.org.name} ${laneLabel(t, total.lane)}`} customers={total.maintainerLoad} capacity={total.capacity} quota={null} />
              ),
            },
            {
              title: t('allocation.laneWithoutAdvisor'),
              key: 'withoutAdvisor',
              align: 'right',
              render: (_, total) => (total.advisorCapacity === null ? t('common.none') : total.customers - total.withAdvisor),
            },
            {
              title: t('allocation.laneAdvisorLoad'),
              key: 'advisorCapacity',
              render: (_, total) =>
                total.advisorCapacity === null && total.advisorLoad === 0 ? (
                  t('common.none')
                ) : (
                  <LoadBar
                    label={`${data.org.name} ${t('allocation.supportedLoad', { lane: laneLabel(t, total.lane) })}`}
                    customers={total.advisorLoad}
                    capacity={total.advisorCapacity}
                    quota={null}
                  />
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('allocation.loadTitle')}>
        <Table<BoardStaff>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={data.staff}
          locale={{ emptyText: t('allocation.noStaff') }}
          columns={[
            {
              title: t('allocation.staff'),
              key: 'name',
              render: (_, member) => (
                <Space>
                  {member.name}
                  {member.overCapacity && <Tag color="red">{t('allocation.overCapacity')}</Tag>}
                  {member.overAdvisorCapacity && <Tag color="red">{t('allocation.overAdvisorCapacity')}</Tag>}
                </Space>
              ),
            },
            { title: t('allocation.role'), key: 'role', render: (_, member) => t(`roles.${member.role}`) },
            { title: t('allocation.total'), dataIndex: 'total', key: 'total' },
            { title: t('allocation.supportedTotal'), dataIndex: 'supportedTotal', key: 'supportedTotal' },
            ...laneColumns,
          ]}
        />
      </Card>

      {manage && (
        <Card title={t('allocation.assignTitle')}>
          <Space wrap>
            <Typography.Text>{t('allocation.selectedCount', { count: selected.size })}</Typography.Text>
            <Select
              aria-label={t('allocation.assignTo')}
              placeholder={t('allocation.assignTo')}
              style={{ minWidth: 220 }}
              value={chosen}
              onChange={(value: number) => setTarget(value)}
              options={receivers.map((member) => ({ value: member.id, label: `${member.name}（${t(`roles.${member.role}`)}）` }))}
            />
            <Button type="primary" disabled={selected.size === 0 || chosen === undefined} loading={assign.isPending} onClick={submit}>
              {t('allocation.assign')}
            </Button>
          </Space>
          {selected.size > 0 && receivers.length === 0 && (
            <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('allocation.noCommonReceiver')} />
          )}
          {assign.isError && <Alert style={{ marginTop: 12 }} type="error" showIcon message={errorMessage(assign.error)} />}
          {done !== null && <Alert style={{ marginTop: 12 }} type="success" showIcon message={t('allocation.assigned', { count: done })} />}
        </Card>
      )}

      <Card title={t('allocation.unassignedTitle', { total: data.unassigned.total })}>
        <Table<UnassignedItem>
          rowKey="customerId"
          size="small"
          dataSource={data.unassigned.items}
          rowSelection={manage ? selection(data.unassigned.items, (item) => item.name) : undefined}
          locale={{ emptyText: t('allocation.noUnassigned') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('allocation.customerNo'), dataIndex: 'customerNo', key: 'customerNo' },
            { title: t('allocation.name'), dataIndex: 'name', key: 'name' },
            { title: t('allocation.tier'), key: 'tier', render: (_, item) => t(`tiers.${item.tier}`) },
            { title: t('allocation.lane'), key: 'lane', render: (_, item) => laneLabel(t, item.lane) },
            { title: t('allocation.aum'), key: 'aum', align: 'right', render: (_, item) => formatMoney(item.aum) },
          ]}
        />
      </Card>

      <Card title={t('allocation.leadsTitle')}>
        <Table<Lead>
          rowKey="customerId"
          size="small"
          dataSource={leads}
          rowSelection={manage ? selection(leads, (lead) => lead.customerName) : undefined}
          locale={{ emptyText: t('allocation.noLeads') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('allocation.customerNo'), dataIndex: 'customerNo', key: 'customerNo' },
            { title: t('allocation.name'), dataIndex: 'customerName', key: 'customerName' },
            { title: t('allocation.note'), dataIndex: 'note', key: 'note' },
            { title: t('allocation.writtenBy'), key: 'by', render: (_, lead) => `${lead.createdBy.name}（${t(`roles.${lead.createdBy.role}`)}）` },
            { title: t('allocation.writtenAt'), key: 'at', render: (_, lead) => formatInstant(lead.createdAt, language) },
          ]}
        />
      </Card>
    </Space>
  );
}
