import { Alert, Button, Card, Space, Table, Tabs, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatCount, formatMonth } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { recall, remember } from '../../shared/session/session-memory.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { TIER_CODES, type FullSearchItem, type SearchItem, type SearchResponse } from './customer-types.ts';
import { useCustomerSearch } from './customers-api.ts';
import { SearchForm } from './SearchForm.tsx';
import { DEFAULT_SEARCH_VIEW, lastReachablePage, PAGE_SIZES, toSearchBody, withChange, type SearchSort, type SearchView } from './search-request.ts';
import { TierTag } from './TierTag.tsx';

const MEMORY_KEY = 'customers.search';
const SORTABLE: readonly SearchSort[] = ['customerNo', 'name', 'serviceTier', 'aum'];

function isFull(item: SearchItem): item is FullSearchItem {
  return 'idNumber' in item;
}

function sortOrderOf(view: SearchView, column: SearchSort): SortOrder {
  if (view.sort !== column) return null;
  return view.order === 'asc' ? 'ascend' : 'descend';
}

/** The "all" tab counts every tier plus the customers not evaluated: the tier filter is a facet. */
function allCount(page: SearchResponse | undefined): number | null {
  if (!page?.countsByTier || page.notEvaluated === null) return null;
  return TIER_CODES.reduce((sum, tier) => sum + (page.countsByTier?.[tier] ?? 0), page.notEvaluated);
}

/** 客户查询: the search API's filters, tier tabs with counts, server-side paging and sorting. */
export default function CustomerSearchPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const mayOpen = can(PERMISSIONS.customerRead);
  const [view, setView] = useState<SearchView>(() => recall<SearchView>(MEMORY_KEY) ?? DEFAULT_SEARCH_VIEW);
  useEffect(() => remember(MEMORY_KEY, view), [view]);
  const body = useMemo(() => toSearchBody(view), [view]);
  const search = useCustomerSearch(body);
  const page = search.data;
  const full = page ? page.view === 'FULL' : mayOpen;
  const change = (next: Partial<SearchView>) => setView((current) => withChange(current, next));

  const columns: TableColumnsType<SearchItem> = [
    {
      title: t('search.columns.customerNo'),
      dataIndex: 'customerNo',
      key: 'customerNo',
      sorter: true,
      sortOrder: sortOrderOf(view, 'customerNo'),
      width: 130,
    },
    {
      title: t('search.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(view, 'name'),
      render: (name: string, item) =>
        mayOpen ? (
          <Link to={`/customers/${item.customerId}`} onClick={(event) => event.stopPropagation()}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { title: t('search.columns.gender'), dataIndex: 'gender', key: 'gender', width: 70, render: (gender: string) => t(`genders.${gender}`, { defaultValue: gender }) },
    {
      title: t('search.columns.serviceTier'),
      dataIndex: 'serviceTier',
      key: 'serviceTier',
      sorter: true,
      sortOrder: sortOrderOf(view, 'serviceTier'),
      render: (_value, item) => <TierTag tier={item.serviceTier} />,
    },
    ...(full
      ? ([
          { title: t('search.columns.qualifiedTier'), key: 'qualifiedTier', render: (_value, item) => (isFull(item) ? <TierTag tier={item.qualifiedTier} /> : null) },
          { title: t('search.columns.status'), key: 'status', render: (_value, item) => (isFull(item) && item.status ? t(`statuses.${item.status}`) : t('common.none')) },
          { title: t('search.columns.idNumber'), key: 'idNumber', render: (_value, item) => (isFull(item) ? item.idNumber : null) },
          { title: t('search.columns.mobile'), key: 'mobile', render: (_value, item) => (isFull(item) ? item.mobile : null) },
        ] satisfies TableColumnsType<SearchItem>)
      : []),
    {
      title: t('search.columns.homeOutlet'),
      key: 'homeOutlet',
      render: (_value, item) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          title={t('search.outletFilter')}
          onClick={(event) => {
            event.stopPropagation();
            change({ filters: { ...view.filters, outlet: item.homeOutlet } });
          }}
        >
          {item.homeOutlet.name}
        </Button>
      ),
    },
    { title: t('search.columns.maintainer'), key: 'maintainer', render: (_value, item) => (item.maintainer ? `${item.maintainer.name}（${item.maintainer.staffNo}）` : t('common.none')) },
    ...(full
      ? ([
          {
            title: t('search.columns.aumMonthAvg'),
            key: 'aum',
            align: 'right',
            sorter: true,
            sortOrder: sortOrderOf(view, 'aum'),
            render: (_value, item) => (isFull(item) ? formatMoney(item.aumMonthAvg) : null),
          },
        ] satisfies TableColumnsType<SearchItem>)
      : []),
  ];

  const onTableChange: TableProps<SearchItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey as SearchSort | undefined;
      if (single?.order && key && SORTABLE.includes(key)) change({ sort: key, order: single.order === 'ascend' ? 'asc' : 'desc' });
      else change({ sort: DEFAULT_SEARCH_VIEW.sort, order: DEFAULT_SEARCH_VIEW.order });
      return;
    }
    const pageSize = pagination.pageSize ?? view.pageSize;
    if (pageSize !== view.pageSize) change({ pageSize });
    else change({ page: pagination.current ?? 1 });
  };

  const all = allCount(page);
  const tabLabel = (label: string, count: number | null | undefined) => (count === null || count === undefined ? label : `${label} ${formatCount(count, language)}`);
  const reachable = lastReachablePage(view.pageSize) * view.pageSize;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <Card>
        <SearchForm filters={view.filters} onSearch={(filters) => change({ filters })} onReset={() => setView(DEFAULT_SEARCH_VIEW)} />
      </Card>
      {!mayOpen ? <Alert type="info" showIcon message={t('search.limitedNotice')} /> : null}
      <Card>
        <Tabs
          activeKey={view.tier}
          onChange={(key) => change({ tier: key as SearchView['tier'] })}
          items={[
            { key: 'ALL', label: tabLabel(t('search.all'), all) },
            ...TIER_CODES.map((tier) => ({ key: tier, label: tabLabel(t(`tiers.${tier}`), page?.countsByTier?.[tier]) })),
          ]}
        />
        <Space style={{ marginBottom: 12 }} wrap>
          {page ? (
            <Typography.Text>{page.totalExact ? t('search.total', { count: page.total, formatted: formatCount(page.total, language) }) : t('search.totalOver', { formatted: formatCount(page.total, language) })}</Typography.Text>
          ) : null}
          {page ? (
            <Typography.Text type="secondary">
              {page.policyCode && page.tierMonth ? t('search.tierBasis', { policy: page.policyCode, month: formatMonth(page.tierMonth, language) }) : t('search.noTierBasis')}
            </Typography.Text>
          ) : null}
          {page?.notEvaluated ? <Typography.Text type="secondary">{t('search.notEvaluated', { formatted: formatCount(page.notEvaluated, language) })}</Typography.Text> : null}
        </Space>
        {search.isError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            message={errorMessage(search.error)}
            action={
              <Button size="small" onClick={() => void search.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        {page && page.total > reachable ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('search.pageLimit', { formatted: formatCount(reachable, language) })} /> : null}
        <Table<SearchItem>
          rowKey="customerId"
          size="middle"
          columns={columns}
          dataSource={search.isError ? [] : (page?.items ?? [])}
          loading={search.isFetching}
          locale={{ emptyText: search.isPending ? t('common.loading') : t('search.empty') }}
          onChange={onTableChange}
          showSorterTooltip={false}
          scroll={{ x: 'max-content' }}
          onRow={(item) => (mayOpen ? { onClick: () => void navigate(`/customers/${item.customerId}`), style: { cursor: 'pointer' } } : {})}
          pagination={{
            current: view.page,
            pageSize: view.pageSize,
            total: Math.min(page?.total ?? 0, reachable),
            pageSizeOptions: PAGE_SIZES.map(String),
            showSizeChanger: true,
          }}
        />
      </Card>
    </Space>
  );
}
