import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../allocation/allocation-api.ts';

const PLAN_ROLES = new Set(['RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR', 'OUTLET_HEAD', 'SUB_BRANCH_HEAD']);

/**
 * For heads (contact.review): whose plan to look at — one staff member of the org, or (when
 * `allowAll`) the whole org. The staff are those of the allocation board of the org.
 */
export function StaffPicker({ orgId, value, onChange, allowAll = false, id }: { orgId?: number; value: string | undefined; onChange: (staffNo: string | undefined) => void; allowAll?: boolean; id: string }) {
  const { t } = useTranslation();
  const board = useBoard(orgId);
  // Those who have a contact plan of their own; tellers and lobby managers keep none.
  const staff = (board.data?.staff ?? []).filter((member) => PLAN_ROLES.has(member.role));
  return (
    <Select
      id={id}
      style={{ minWidth: 220 }}
      allowClear
      loading={board.isPending}
      placeholder={allowAll ? t('contact.staff.wholeOrg') : t('contact.staff.me')}
      value={value}
      onChange={(staffNo?: string) => onChange(staffNo)}
      options={staff.map((member) => ({ value: member.staffNo, label: `${member.name}（${member.staffNo}）· ${t(`roles.${member.role}`, { defaultValue: member.role })}` }))}
      showSearch
      optionFilterProp="label"
    />
  );
}
