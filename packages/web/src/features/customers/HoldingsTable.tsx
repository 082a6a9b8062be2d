import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import type { CustomerFile } from './customer-types.ts';

type Holding = CustomerFile['holdings']['accounts'][number];

/** Every account with its masked number, product and end-of-day balance (in its currency and in CNY). */
export function HoldingsTable({ holdings }: { holdings: CustomerFile['holdings'] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const columns: TableColumnsType<Holding> = [
    { title: t('customer.columns.accountNumber'), dataIndex: 'accountNumber', key: 'accountNumber' },
    {
      title: t('customer.columns.product'),
      key: 'product',
      render: (_value, holding) => (
        <>
          {holding.product.name} <Typography.Text type="secondary">{holding.product.code}</Typography.Text>
        </>
      ),
    },
    { title: t('customer.columns.category'), key: 'category', render: (_value, holding) => t(`categories.${holding.product.category}`, { defaultValue: holding.product.category }) },
    { title: t('customer.columns.riskLevel'), key: 'riskLevel', render: (_value, holding) => holding.product.riskLevel },
    {
      title: t('customer.columns.amount'),
      key: 'amount',
      align: 'right',
      render: (_value, holding) => (holding.balance ? formatMoney(holding.balance.amount, holding.currency) : <Typography.Text type="secondary">{t('customer.noBalance')}</Typography.Text>),
    },
    { title: t('customer.columns.amountCny'), key: 'amountCny', align: 'right', render: (_value, holding) => (holding.balance ? formatMoney(holding.balance.amountCny) : t('common.none')) },
    {
      title: t('customer.columns.countsTowardAum'),
      key: 'countsTowardAum',
      render: (_value, holding) => (holding.product.countsTowardAum ? t('common.yes') : t('common.no')),
    },
    { title: t('customer.columns.openedOn'), key: 'openedOn', render: (_value, holding) => formatDay(holding.openedOn, language) },
    { title: t('customer.columns.maturityOn'), key: 'maturityOn', render: (_value, holding) => formatDay(holding.maturityOn, language) },
    {
      title: t('customer.columns.status'),
      key: 'status',
      render: (_value, holding) => <Tag color={holding.status === 'ACTIVE' ? 'green' : undefined}>{t(`accountStatuses.${holding.status}`, { defaultValue: holding.status })}</Tag>,
    },
  ];
  return (
    <Table<Holding>
      rowKey="accountId"
      size="small"
      columns={columns}
      dataSource={holdings.accounts}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('customer.holdingsEmpty') }}
    />
  );
}
