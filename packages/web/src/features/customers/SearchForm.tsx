import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space, TreeSelect, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVALUATION_STATUSES, TIER_CODES, type EvaluationStatus, type OrgUnit, type TierCode } from './customer-types.ts';
import { TIER_CHANGES, type SearchView, type Secrets, type TierChange } from './search-request.ts';

/** The filters of a view the form edits; paging and order stay with the table. */
export type FilterValues = Pick<SearchView, 'q' | 'customerNo' | 'maintainerStaffNo' | 'serviceTiers' | 'orgId' | 'statuses' | 'tierChange'>;

interface FormValues extends Secrets {
  q?: string;
  customerNo?: string;
  maintainerStaffNo?: string;
  serviceTiers: TierCode[];
  orgId?: number;
  statuses: EvaluationStatus[];
  tierChange?: TierChange;
}

interface SearchFormProps {
  view: SearchView;
  secrets: Secrets;
  orgs: { data: OrgUnit[] | undefined; isError: boolean; isPending: boolean };
  onSearch: (filters: FilterValues, secrets: Secrets) => void;
  onReset: () => void;
}

interface OrgNode {
  value: number;
  title: string;
  children: OrgNode[];
}

/** The org list (parents first) as a tree; the caller's own org is the root. */
export function orgTree(orgs: readonly OrgUnit[]): OrgNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { value: org.id, title: org.name, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const org of orgs) {
    const node = nodes.get(org.id)!;
    const parent = org.parentId === null ? undefined : nodes.get(org.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

function formValuesOf(view: SearchView, secrets: Secrets): FormValues {
  return {
    q: view.q,
    customerNo: view.customerNo,
    maintainerStaffNo: view.maintainerStaffNo,
    serviceTiers: view.serviceTiers,
    orgId: view.orgId,
    statuses: view.statuses,
    tierChange: view.tierChange,
    phone: secrets.phone,
    idNumber: secrets.idNumber,
  };
}

/**
 * The filters of POST /api/customers/search. Phone and ID number are matched exactly (on a keyed
 * hash), so the fields ask for the full value; they go to the page's state, never to the URL.
 */
export function SearchForm({ view, secrets, orgs, onSearch, onReset }: SearchFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const treeData = useMemo(() => orgTree(orgs.data ?? []), [orgs.data]);
  // The URL changed (browser back, a saved filter, a link): the form shows what is searched.
  useEffect(() => {
    form.setFieldsValue(formValuesOf(view, secrets));
  }, [form, view, secrets]);

  const submit = (values: FormValues) => {
    const filters: FilterValues = { serviceTiers: values.serviceTiers ?? [], statuses: values.statuses ?? [] };
    const q = trimmed(values.q);
    const customerNo = trimmed(values.customerNo);
    const maintainerStaffNo = trimmed(values.maintainerStaffNo);
    if (q) filters.q = q;
    if (customerNo) filters.customerNo = customerNo;
    if (maintainerStaffNo) filters.maintainerStaffNo = maintainerStaffNo;
    if (values.orgId !== undefined && values.orgId !== null) filters.orgId = values.orgId;
    if (values.tierChange) filters.tierChange = values.tierChange;
    const phone = trimmed(values.phone);
    const idNumber = trimmed(values.idNumber);
    onSearch(filters, { ...(phone ? { phone } : {}), ...(idNumber ? { idNumber } : {}) });
  };

  return (
    <Form<FormValues> form={form} layout="vertical" aria-label={t('search.filters')} initialValues={formValuesOf(view, secrets)} onFinish={submit}>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.q')} name="q">
            <Input placeholder={t('search.qPlaceholder')} maxLength={64} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.customerNo')} name="customerNo">
            <Input placeholder={t('search.customerNoPlaceholder')} maxLength={32} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.phone')} name="phone" rules={[{ pattern: /\d/, message: t('search.phoneInvalid') }]}>
            <Input placeholder={t('search.phonePlaceholder')} maxLength={32} inputMode="tel" autoComplete="off" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.idNumber')} name="idNumber">
            <Input placeholder={t('search.idNumberPlaceholder')} maxLength={32} autoComplete="off" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.serviceTiers')} name="serviceTiers">
            <Select
              mode="multiple"
              allowClear
              placeholder={t('search.any')}
              options={TIER_CODES.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.org')} name="orgId" help={orgs.isError ? t('search.orgUnavailable') : undefined}>
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              placeholder={t('search.orgPlaceholder')}
              treeData={treeData}
              treeDefaultExpandedKeys={treeData.map((node) => node.value)}
              loading={orgs.isPending}
              disabled={orgs.isError}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.statuses')} name="statuses">
            <Select
              mode="multiple"
              allowClear
              placeholder={t('search.any')}
              options={EVALUATION_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.tierChange')} name="tierChange">
            <Select
              allowClear
              placeholder={t('search.any')}
              options={TIER_CHANGES.map((change) => ({ value: change, label: t(`search.tierChange${change}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('search.maintainer')} name="maintainerStaffNo">
            <Input placeholder={t('search.maintainerPlaceholder')} maxLength={32} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="middle" justify="space-between">
        <Col>
          <Typography.Text type="secondary">{t('search.sensitiveHint')}</Typography.Text>
        </Col>
        <Col>
          <Space>
            <Button
              icon={<UndoOutlined />}
              onClick={() => {
                form.setFieldsValue({ q: undefined, customerNo: undefined, phone: undefined, idNumber: undefined, maintainerStaffNo: undefined, serviceTiers: [], orgId: undefined, statuses: [], tierChange: undefined });
                onReset();
              }}
            >
              {t('search.reset')}
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('search.submit')}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
