import { Alert, Button, Card, Space, Table, Tabs, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatCount, formatMonth } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { remember } from '../../shared/session/session-memory.ts';
import { useCan, useSession } from '../../shared/session/session-hooks.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { TIER_CODES, type FullSearchItem, type SavedFilter, type SearchColumn, type SearchItem, type SearchResponse } from './customer-types.ts';
import { useCustomerSearch, useOrgs } from './customers-api.ts';
import { SavedFilters } from './SavedFilters.tsx';
import { LIMITED_COLUMNS, loadColumns, normalizeColumns, SEARCH_COLUMNS, storeColumns } from './search-columns.ts';
import { SearchForm, type FilterValues } from './SearchForm.tsx';
import {
  criteriaOf,
  DEFAULT_SEARCH_VIEW,
  LAST_SEARCH_KEY,
  lastReachablePage,
  PAGE_SIZES,
  paramsFromView,
  SEARCH_SORTS,
  toSearchBody,
  viewFromParams,
  viewOfCriteria,
  withChange,
  type SearchSort,
  type SearchView,
  type Secrets,
} from './search-request.ts';
import { ShowInFullDialog } from './ShowInFullDialog.tsx';
import { TierTag } from './TierTag.tsx';

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

/**
 * 客户查询: the search API's filters, read from and written to the URL (workbench links, browser
 * back), saved filters, a column chooser, tier tabs with counts, server-side paging and sorting.
 */
export default function CustomerSearchPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const session = useSession();
  const staffNo = session.status === 'authenticated' ? session.session.staff.staffNo : '';
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const mayOpen = can(PERMISSIONS.customerRead);
  const mayShowInFull = can(PERMISSIONS.customerShowInFull);
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const view = useMemo(() => viewFromParams(new URLSearchParams(query)), [query]);
  // Phone and ID number live here only: not in the URL, not in a saved filter, not remembered.
  const [secrets, setSecrets] = useState<Secrets>({});
  // The URL a search with new phone or ID number is going to: the state changes at once, the URL a
  // moment later, and no request may go out with the one but not yet the other.
  const [awaiting, setAwaiting] = useState<string | null>(null);
  useEffect(() => {
    if (awaiting === query) setAwaiting(null);
  }, [awaiting, query]);
  const [chosenColumns, setChosenColumns] = useState<SearchColumn[]>(() => loadColumns(staffNo));
  const [inFull, setInFull] = useState<SearchItem | undefined>();
  useEffect(() => remember(LAST_SEARCH_KEY, query), [query]);
  const body = useMemo(() => toSearchBody(view, secrets), [view, secrets]);
  const search = useCustomerSearch(body, awaiting === null || awaiting === query);
  const orgs = useOrgs();
  const page = search.data;
  const full = page ? page.view === 'FULL' : mayOpen;

  const go = (next: SearchView) => setSearchParams(paramsFromView(next));
  const goWith = (next: SearchView, typed: Secrets) => {
    setSecrets(typed);
    setAwaiting(paramsFromView(next).toString());
    go(next);
  };
  const change = (next: Partial<SearchView>) => go(withChange(view, next));
  const chooseColumns = (columns: SearchColumn[]) => {
    setChosenColumns(columns);
    if (staffNo) storeColumns(staffNo, columns);
  };
  const applySaved = (filter: SavedFilter) => {
    goWith(viewOfCriteria(filter.criteria, view.pageSize), {});
    if (filter.columns.length > 0) chooseColumns(normalizeColumns(filter.columns));
  };

  const available = full ? SEARCH_COLUMNS : LIMITED_COLUMNS;
  const shown = new Set(chosenColumns.filter((column) => available.includes(column)));
  const sortable = (key: SearchSort) => ({ sorter: true, sortOrder: sortOrderOf(view, key) });
  const fullOnly = (item: SearchItem, render: (item: FullSearchItem) => ReactNode) => (isFull(item) ? render(item) : null);
  const definitions: Record<SearchColumn, TableColumnsType<SearchItem>[number]> = {
    customerNo: { title: t('search.columns.customerNo'), dataIndex: 'customerNo', key: 'customerNo', width: 130, ...sortable('customerNo') },
    name: {
      title: t('search.columns.name'),
      dataIndex: 'name',
      key: 'name',
      ...sortable('name'),
      render: (name: string, item) =>
        mayOpen ? (
          <Link to={`/customers/${item.customerId}`} onClick={(event) => event.stopPropagation()}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    gender: { title: t('search.columns.gender'), dataIndex: 'gender', key: 'gender', width: 70, render: (gender: string) => t(`genders.${gender}`, { defaultValue: gender }) },
    serviceTier: { title: t('search.columns.serviceTier'), key: 'serviceTier', ...sortable('serviceTier'), render: (_value, item) => <TierTag tier={item.serviceTier} /> },
    qualifiedTier: { title: t('search.columns.qualifiedTier'), key: 'qualifiedTier', render: (_value, item) => fullOnly(item, (f) => <TierTag tier={f.qualifiedTier} />) },
    status: { title: t('search.columns.status'), key: 'status', render: (_value, item) => fullOnly(item, (f) => (f.status ? t(`statuses.${f.status}`) : t('common.none'))) },
    // As the server sent them: masked.
    idNumber: { title: t('search.columns.idNumber'), key: 'idNumber', render: (_value, item) => fullOnly(item, (f) => f.idNumber) },
    mobile: { title: t('search.columns.mobile'), key: 'mobile', render: (_value, item) => fullOnly(item, (f) => f.mobile) },
    homeOutlet: {
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
            change({ orgId: item.homeOutlet.id });
          }}
        >
          {item.homeOutlet.name}
        </Button>
      ),
    },
    maintainer: {
      title: t('search.columns.maintainer'),
      key: 'maintainer',
      render: (_value, item) => (item.maintainer ? `${item.maintainer.name}（${item.maintainer.staffNo}）` : t('common.none')),
    },
    aumMonthAvg: {
      title: t('search.columns.aumMonthAvg'),
      key: 'aum',
      align: 'right',
      ...sortable('aum'),
      render: (_value, item) => fullOnly(item, (f) => formatMoney(f.aumMonthAvg)),
    },
  };
  const columns: TableColumnsType<SearchItem> = available.filter((column) => shown.has(column)).map((column) => definitions[column]);
  if (full && mayShowInFull) {
    columns.push({
      title: t('search.actions'),
      key: 'actions',
      render: (_value, item) => (
        <Button
          size="small"
          aria-label={`${t('showInFull.button')} ${item.name}`}
          onClick={(event) => {
            event.stopPropagation();
            setInFull(item);
          }}
        >
          {t('showInFull.button')}
        </Button>
      ),
    });
  }

  const onTableChange: TableProps<SearchItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = single?.columnKey as SearchSort | undefined;
      if (single?.order && key && SEARCH_SORTS.includes(key)) change({ sort: key, order: single.order === 'ascend' ? 'asc' : 'desc' });
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
  // Several tiers chosen (a workbench link, the form): no single tab is theirs.
  const activeTab = view.serviceTiers.length === 0 ? 'ALL' : view.serviceTiers.length === 1 ? view.serviceTiers[0]! : 'SEVERAL';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <Card>
        <SearchForm
          view={view}
          secrets={secrets}
          orgs={orgs}
          onSearch={(filters: FilterValues, typed) => goWith({ ...DEFAULT_SEARCH_VIEW, ...filters, pageSize: view.pageSize, sort: view.sort, order: view.order }, typed)}
          onReset={() => goWith(DEFAULT_SEARCH_VIEW, {})}
        />
      </Card>
      {!mayOpen ? <Alert type="info" showIcon message={t('search.limitedNotice')} /> : null}
      <Card>
        <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 12 }}>
          <SavedFilters current={{ criteria: { ...criteriaOf(view), sort: view.sort, order: view.order }, columns: chosenColumns }} onApply={applySaved} />
          <ColumnChooser available={available} chosen={chosenColumns} onChange={chooseColumns} />
        </div>
        <Tabs
          activeKey={activeTab}
          onChange={(key) => change({ serviceTiers: key === 'ALL' ? [] : [key as (typeof TIER_CODES)[number]] })}
          items={[
            { key: 'ALL', label: tabLabel(t('search.all'), all) },
            ...TIER_CODES.map((tier) => ({ key: tier, label: tabLabel(t(`tiers.${tier}`), page?.countsByTier?.[tier]) })),
          ]}
        />
        <Space style={{ marginBottom: 12 }} wrap>
          {page ? (
            <Typography.Text>
              {page.totalExact
                ? t('search.total', { count: page.total, formatted: formatCount(page.total, language) })
                : t('search.totalOver', { formatted: formatCount(page.total, language) })}
            </Typography.Text>
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
      {mayShowInFull && inFull ? <ShowInFullDialog customer={inFull} open onClose={() => setInFull(undefined)} /> : null}
    </Space>
  );
}
