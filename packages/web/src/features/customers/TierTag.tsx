import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TierCode } from './customer-types.ts';

const COLORS: Record<TierCode, string> = {
  STANDARD: 'default',
  GOLD: 'gold',
  PLATINUM: 'geekblue',
  DIAMOND: 'purple',
  PRIVATE: 'volcano',
};

/** A service or qualified tier; "not evaluated" when the evaluation in force did not include the customer. */
export function TierTag({ tier }: { tier: TierCode | null | undefined }) {
  const { t } = useTranslation();
  if (!tier) return <Tag>{t('tiers.none')}</Tag>;
  return <Tag color={COLORS[tier]}>{t(`tiers.${tier}`)}</Tag>;
}
