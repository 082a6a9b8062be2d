import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatMonth } from '../../shared/format/dates.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useOrgs } from '../customers/customers-api.ts';
import { TierTag } from '../customers/TierTag.tsx';
import { useFlagPotential, usePotentials, type PotentialKind, type PotentialList } from './service-tiers-api.ts';

const KINDS: PotentialKind[] = ['QUALIFIED_NOT_UPGRADED', 'NEAR_THRESHOLD', 'MANY_PRODUCTS', 'FLAGGED'];
const PAGE_SIZE = 50;
type Item = PotentialList['items'][number];

/** /potentials: the four lists of potential customers, each row with the server's reason in words; filter by outlet and RM; flag with a reason. */
export default function PotentialsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PotentialKind>('QUALIFIED_NOT_UPGRADED');
  const [outletId, setOutletId] = useState<number | undefined>();
  const [maintainer, setMaintainer] = useState('');
  const [page, setPage] = useState(1);
  const [flagging, setFlagging] = useState<Item | undefined>();
  const orgs = useOrgs();
  const outlets = (orgs.data ?? []).filter((org) => org.level === 'OUTLET');
  const reset = () => setPage(1);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('serviceTiers.potentials.title')}</Typography.Title>
      <Space wrap>
        <Form layout="inline">
          <Form.Item label={t('serviceTiers.potentials.outlet')} htmlFor="potential-outlet">
            <Select
              id="potential-outlet"
              style={{ minWidth: 200 }}
              allowClear
              placeholder={t('serviceTiers.potentials.allOutlets')}
              value={outletId}
              onChange={(value?: number) => {
                setOutletId(value);
                reset();
              }}
              options={outlets.map((org) => ({ value: org.id, label: `${org.name}（${org.code}）` }))}
            />
          </Form.Item>
          <Form.Item label={t('serviceTiers.potentials.maintainer')} htmlFor="potential-maintainer">
            <Input.Search
              id="potential-maintainer"
              allowClear
              style={{ width: 200 }}
              onSearch={(value) => {
                setMaintainer(value.trim());
                reset();
              }}
            />
          </Form.Item>
        </Form>
      </Space>
      <Tabs
        activeKey={kind}
        onChange={(key) => {
          setKind(key as PotentialKind);
          reset();
        }}
        items={KINDS.map((k) => ({ key: k, label: t(`serviceTiers.potentials.kinds.${k}`) }))}
      />
      <PotentialTable
        kind={kind}
        query={{ kind, page, pageSize: PAGE_SIZE, ...(outletId !== undefined && { outletId }), ...(maintainer !== '' && { maintainerStaffNo: maintainer }) }}
        onPage={setPage}
        onFlag={setFlagging}
      />
      {flagging && <FlagDialog item={flagging} onClose={() => setFlagging(undefined)} />}
    </Space>
  );
}

function PotentialTable({
  kind,
  query,
  onPage,
  onFlag,
}: {
  kind: PotentialKind;
  query: { kind: PotentialKind; page: number; pageSize: number; outletId?: number; maintainerStaffNo?: string };
  onPage: (page: number) => void;
  onFlag: (item: Item) => void;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const list = usePotentials(query);
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  const columns: ColumnsType<Item> = [
    {
      key: 'customer',
      title: t('serviceTiers.columns.customer'),
      render: (_, item) => (
        <Link to={`/customers/${item.customer.id}`}>
          {item.customer.name}（{item.customer.customerNo}）
        </Link>
      ),
    },
    { key: 'outlet', title: t('serviceTiers.columns.outlet'), render: (_, item) => item.customer.outletName },
    { key: 'maintainer', title: t('serviceTiers.columns.maintainer'), render: (_, item) => (item.maintainer ? `${item.maintainer.name}（${item.maintainer.staffNo}）` : t('common.none')) },
    { key: 'serviceTier', title: t('serviceTiers.columns.serviceTier'), render: (_, item) => <TierTag tier={item.serviceTier} /> },
    { key: 'why', title: t('serviceTiers.columns.why'), render: (_, item) => <span data-testid="potential-reason">{item.reason}</span> },
  ];
  if (can(PERMISSIONS.potentialFlag)) {
    columns.push({
      key: 'actions',
      title: t('serviceTiers.columns.actions'),
      render: (_, item) => (
        <Button autoInsertSpace={false} size="small" onClick={() => onFlag(item)} aria-label={`${t('serviceTiers.potentials.flag')} ${item.customer.customerNo}`}>
          {t('serviceTiers.potentials.flag')}
        </Button>
      ),
    });
  }
  const data = list.data;
  const needsEvaluation = kind === 'QUALIFIED_NOT_UPGRADED' || kind === 'NEAR_THRESHOLD';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {data?.evaluation && (
        <Typography.Text type="secondary">{t('serviceTiers.potentials.evaluation', { policy: data.evaluation.policyCode, month: formatMonth(data.evaluation.month, i18n.language) })}</Typography.Text>
      )}
      {data && !data.evaluation && needsEvaluation && <Alert type="info" showIcon message={t('serviceTiers.potentials.noEvaluation')} />}
      <Table<Item>
        aria-label={t(`serviceTiers.potentials.kinds.${kind}`)}
        rowKey={(item) => item.customer.id}
        loading={list.isPending || list.isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('serviceTiers.potentials.empty') }}
        pagination={{ current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: false, onChange: onPage, hideOnSinglePage: true }}
        size="middle"
      />
    </Space>
  );
}

function FlagDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation();
  const flag = useFlagPotential();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={t('serviceTiers.potentials.flagTitle', { customer: `${item.customer.name}（${item.customer.customerNo}）` })}
      onCancel={onClose}
      onOk={() => flag.mutate({ customerId: item.customer.id, reason: reason.trim() }, { onSuccess: onClose })}
      okText={t('serviceTiers.potentials.confirmFlag')}
      okButtonProps={{ disabled: reason.trim() === '', loading: flag.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
    >
      <Form layout="vertical">
        <Form.Item label={t('serviceTiers.potentials.flagReason')} htmlFor="flag-reason">
          <Input.TextArea id="flag-reason" rows={3} maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Form.Item>
      </Form>
      {flag.isError && <Alert type="error" showIcon role="alert" message={errorMessage(flag.error)} />}
    </Modal>
  );
}
