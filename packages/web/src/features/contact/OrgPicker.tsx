import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../customers/customers-api.ts';

/** For heads: one org of the caller's subtree (GET /api/orgs); empty means the caller's own org. */
export function OrgPicker({ id, value, onChange }: { id: string; value: number | undefined; onChange: (orgId: number | undefined) => void }) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  return (
    <Select
      id={id}
      style={{ minWidth: 220 }}
      allowClear
      loading={orgs.isPending}
      placeholder={t('contact.org.mine')}
      value={value}
      onChange={(orgId?: number) => onChange(orgId)}
      options={(orgs.data ?? []).map((org) => ({ value: org.id, label: `${org.name}（${org.code}）` }))}
      showSearch
      optionFilterProp="label"
    />
  );
}
