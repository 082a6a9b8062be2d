import { Empty, Segmented, Spin } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMonth } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import type { AumPoint } from './AumChart.tsx';
import type { CustomerFile } from './customer-types.ts';

const AumChart = lazy(() => import('./AumChart.tsx'));

type Period = 'daily' | 'monthly';

/** Daily AUM of the last 90 closed days, or the average daily AUM of each of the last 24 months. */
export function AumTrend({ aum }: { aum: CustomerFile['aum'] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const [period, setPeriod] = useState<Period>('daily');
  const points = useMemo<AumPoint[]>(
    () =>
      period === 'daily'
        ? aum.daily.map((point) => ({ label: formatDay(point.day, language), amount: point.aum }))
        : aum.monthly.map((point) => ({
            label: formatMonth(point.month, language),
            amount: point.average,
            ...(point.complete ? {} : { note: t('customer.partialMonth', { days: point.days }) }),
          })),
    [aum, period, language, t],
  );
  const last = points.at(-1);
  const summary = last ? `${t(period === 'daily' ? 'customer.daily' : 'customer.monthly')}: ${last.label} ${formatMoney(last.amount)}` : t('customer.chartEmpty');

  return (
    <div>
      <Segmented<Period>
        value={period}
        onChange={setPeriod}
        options={[
          { value: 'daily', label: t('customer.daily') },
          { value: 'monthly', label: t('customer.monthly') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {points.length === 0 ? (
        <Empty description={t('customer.chartEmpty')} />
      ) : (
        <Suspense fallback={<Spin style={{ display: 'block', padding: 96 }} />}>
          <AumChart points={points} kind={period === 'daily' ? 'line' : 'bar'} language={language} ariaLabel={summary} />
        </Suspense>
      )}
    </div>
  );
}
