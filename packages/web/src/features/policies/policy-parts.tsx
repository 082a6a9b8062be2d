import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/format/money.ts';
import { VIP_TIERS, type PolicyVersion, type VersionStatus } from './policy-types.ts';

const STATUS_COLORS: Record<VersionStatus, string> = { ACTIVE: 'green', DRAFT: 'blue', RETIRED: 'default' };

/** Active (evaluations use it), draft (never activated) or retired (activated once, replaced since). */
export function VersionStatusTag({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`policies.status.${status}`)}</Tag>;
}

/** A version's threshold for a tier, or a dash for a tier the policy does not have. */
export function thresholdOf(version: Pick<PolicyVersion, 'tiers'>, tier: (typeof VIP_TIERS)[number]): string {
  const entry = version.tiers.find((t) => t.tier === tier);
  return entry ? formatMoney(entry.threshold) : '—';
}
