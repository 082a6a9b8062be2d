import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** One lane's load against its capacity: a bar when there is a capacity, the count alone otherwise. */
export function LoadBar({ label, customers, capacity, quota }: { label: string; customers: number; capacity: number | null; quota: number | null }) {
  const { t } = useTranslation();
  const text = capacity === null ? String(customers) : `${customers}/${capacity}`;
  const name = t('allocation.loadOf', { lane: label, load: text });
  if (capacity === null) {
    return (
      <Typography.Text aria-label={name}>
        {text}
        {quota !== null && customers < quota ? ` ${t('allocation.belowQuota', { quota })}` : ''}
      </Typography.Text>
    );
  }
  // Whole customers over whole capacity: a percentage for the bar only.
  const percent = Math.min(100, Math.round((customers * 100) / capacity));
  return (
    <div role="meter" aria-label={name} aria-valuenow={customers} aria-valuemin={0} aria-valuemax={capacity} style={{ minWidth: 110 }}>
      <Progress percent={percent} size="small" status={customers > capacity ? 'exception' : 'normal'} format={() => text} />
    </div>
  );
}
