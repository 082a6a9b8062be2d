import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format/dates.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useCardStock, useCardTypes, useIssuingOutlets, useStockWrite } from './cards-api.ts';
import type { StockRow } from './card-types.ts';

/**
 * Card stock (DOMAIN.md §5): blanks per issuing outlet and card type in the user's scope, with
 * shortage and overstock rows highlighted, and the forms to record receipts, transfer between
 * outlets and set the alert levels. The server answers each write with the new stock list.
 */
const ALERT_BACKGROUND = { SHORTAGE: '#fff1f0', OVERSTOCK: '#fff7e6' } as const;

export default function CardStockPage() {
  const { t, i18n } = useTranslation();
  const stock = useCardStock();
  if (stock.isPending) return <PageLoading />;
  if (stock.isError) return <PageError error={stock.error} onRetry={() => void stock.refetch()} />;
  const alerts = stock.data.filter((row) => row.alert !== null);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('cards.stock.title')}</Typography.Title>
      {alerts.length > 0 && <Alert type="warning" showIcon role="alert" message={t('cards.stock.alerts', { count: alerts.length })} />}
      <Table<StockRow>
        size="small"
        pagination={false}
        rowKey={(row) => `${row.outlet.id}-${row.cardType.id}`}
        dataSource={stock.data}
        locale={{ emptyText: t('cards.stock.empty') }}
        onRow={(row) =>
          ({ 'data-alert': row.alert ?? undefined, style: row.alert ? { background: ALERT_BACKGROUND[row.alert] } : undefined }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('cards.stock.outlet'), key: 'outlet', render: (_, row) => row.outlet.name },
          { title: t('cards.stock.cardType'), key: 'type', render: (_, row) => `${row.cardType.name}（${row.cardType.code}）` },
          { title: t('cards.stock.quantity'), dataIndex: 'quantity', align: 'right', render: (value: number) => formatCount(value, i18n.language) },
          { title: t('cards.stock.shortageLevel'), dataIndex: 'shortageLevel', align: 'right', render: (value: number | null) => value ?? t('common.none') },
          { title: t('cards.stock.overstockLevel'), dataIndex: 'overstockLevel', align: 'right', render: (value: number | null) => value ?? t('common.none') },
          {
            title: t('cards.stock.alert'),
            dataIndex: 'alert',
            render: (alert: StockRow['alert']) => (alert ? <Tag color={alert === 'SHORTAGE' ? 'red' : 'orange'}>{t(`cards.stock.${alert}`)}</Tag> : null),
          },
        ]}
      />
      <StockForms />
    </Space>
  );
}

interface Options {
  outlets: { value: number; label: string }[];
  types: { value: number; label: string }[];
}

function StockForms() {
  const outlets = useIssuingOutlets();
  const types = useCardTypes();
  const options: Options = {
    outlets: (outlets.data ?? []).map((outlet) => ({ value: outlet.orgId, label: outlet.name })),
    types: (types.data ?? []).map((type) => ({ value: type.id, label: `${type.name}（${type.code}）` })),
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <ReceiptForm options={options} />
      </Col>
      <Col xs={24} lg={8}>
        <TransferForm options={options} />
      </Col>
      <Col xs={24} lg={8}>
        <LevelsForm options={options} />
      </Col>
    </Row>
  );
}

/** A write's outcome as a message: the server's refusal (no such outlet in scope, too few cards) in the user's language. */
function useDone() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  return {
    onSuccess: () => void message.success(t('cards.stock.saved')),
    onError: (error: unknown) => void message.error(errorMessage(error)),
  };
}

/** Each Form.Item's label is tied to its control by id (htmlFor), so it names the control for screen readers and tests. */
function OutletAndType({ options, prefix, outletField = 'outletId', outletLabel }: { options: Options; prefix: string; outletField?: string; outletLabel?: string }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('cards.stock.required') }];
  return (
    <>
      <Form.Item name={outletField} label={outletLabel ?? t('cards.stock.outlet')} rules={required} htmlFor={`${prefix}-${outletField}`}>
        <Select id={`${prefix}-${outletField}`} options={options.outlets} />
      </Form.Item>
      <Form.Item name="cardTypeId" label={t('cards.stock.cardType')} rules={required} htmlFor={`${prefix}-cardTypeId`}>
        <Select id={`${prefix}-cardTypeId`} options={options.types} />
      </Form.Item>
    </>
  );
}

function ReceiptForm({ options }: { options: Options }) {
  const { t } = useTranslation();
  const { receipt } = useStockWrite();
  const done = useDone();
  const [form] = Form.useForm();
  return (
    <Card size="small" title={t('cards.stock.receipt')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values: { outletId: number; cardTypeId: number; quantity: number; note?: string }) =>
          receipt.mutate({ ...values, ...(values.note ? { note: values.note } : { note: undefined }) }, { ...done, onSuccess: () => (done.onSuccess(), form.resetFields()) })
        }
      >
        <OutletAndType options={options} prefix="receipt" />
        <Form.Item name="quantity" label={t('cards.stock.quantity')} rules={[{ required: true, message: t('cards.stock.required') }]} htmlFor="receipt-quantity">
          <InputNumber id="receipt-quantity" min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('cards.stock.note')} htmlFor="receipt-note">
          <Input id="receipt-note" maxLength={200} />
        </Form.Item>
        <Button autoInsertSpace={false} type="primary" htmlType="submit" loading={receipt.isPending}>
          {t('cards.stock.receiptSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

function TransferForm({ options }: { options: Options }) {
  const { t } = useTranslation();
  const { transfer } = useStockWrite();
  const done = useDone();
  const [form] = Form.useForm();
  const required = [{ required: true, message: t('cards.stock.required') }];
  return (
    <Card size="small" title={t('cards.stock.transfer')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values: { fromOutletId: number; toOutletId: number; cardTypeId: number; quantity: number }) =>
          transfer.mutate(values, { ...done, onSuccess: () => (done.onSuccess(), form.resetFields()) })
        }
      >
        <OutletAndType options={options} prefix="transfer" outletField="fromOutletId" outletLabel={t('cards.stock.fromOutlet')} />
        <Form.Item name="toOutletId" label={t('cards.stock.toOutlet')} rules={required} htmlFor="transfer-toOutletId">
          <Select id="transfer-toOutletId" options={options.outlets} />
        </Form.Item>
        <Form.Item name="quantity" label={t('cards.stock.quantity')} rules={required} htmlFor="transfer-quantity">
          <InputNumber id="transfer-quantity" min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Button autoInsertSpace={false} type="primary" htmlType="submit" loading={transfer.isPending}>
          {t('cards.stock.transferSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

function LevelsForm({ options }: { options: Options }) {
  const { t } = useTranslation();
  const { levels } = useStockWrite();
  const done = useDone();
  return (
    <Card size="small" title={t('cards.stock.levels')}>
      <Form
        layout="vertical"
        onFinish={(values: { outletId: number; cardTypeId: number; shortageLevel?: number | null; overstockLevel?: number | null }) =>
          levels.mutate({ ...values, shortageLevel: values.shortageLevel ?? null, overstockLevel: values.overstockLevel ?? null }, done)
        }
      >
        <OutletAndType options={options} prefix="levels" />
        <Form.Item name="shortageLevel" label={t('cards.stock.shortageLevel')} htmlFor="levels-shortage">
          <InputNumber id="levels-shortage" min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="overstockLevel" label={t('cards.stock.overstockLevel')} htmlFor="levels-overstock" extra={t('cards.stock.levelsHint')}>
          <InputNumber id="levels-overstock" min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Button autoInsertSpace={false} type="primary" htmlType="submit" loading={levels.isPending}>
          {t('cards.stock.levelsSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
