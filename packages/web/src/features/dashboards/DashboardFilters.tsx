import { Form, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../shared/format/dates.ts';
import { orgTreeOf } from './dashboard-filters.ts';
import type { OrgNode } from './tier-api.ts';

interface Props {
  orgs: readonly OrgNode[];
  orgId: number;
  /** Evaluated months, newest first. */
  months: readonly string[];
  month: string;
  onOrg: (orgId: number) => void;
  onMonth: (month: string) => void;
}

/** Org (a tree of the caller's subtree) and month (the evaluated ones). */
export function DashboardFilters({ orgs, orgId, months, month, onOrg, onMonth }: Props) {
  const { t, i18n } = useTranslation();
  const tree = useMemo(() => orgTreeOf(orgs), [orgs]);
  return (
    <Form layout="inline" aria-label={t('dashboards.filters')}>
      <Form.Item label={t('dashboards.org')} htmlFor="dashboard-org">
        <TreeSelect
          id="dashboard-org"
          aria-label={t('dashboards.org')}
          style={{ minWidth: 240 }}
          treeData={tree}
          value={orgId}
          onChange={(value: number) => onOrg(value)}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('dashboards.month')} htmlFor="dashboard-month">
        <Select
          id="dashboard-month"
          aria-label={t('dashboards.month')}
          style={{ minWidth: 160 }}
          value={month}
          onChange={onMonth}
          options={months.map((value) => ({ value, label: formatMonth(value, i18n.language) }))}
        />
      </Form.Item>
    </Form>
  );
}
