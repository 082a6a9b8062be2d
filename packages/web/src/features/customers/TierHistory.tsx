import { Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../shared/format/dates.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import type { CustomerFile } from './customer-types.ts';
import { TierTag } from './TierTag.tsx';

const RULE_COLORS: Record<string, string> = {
  UPGRADED: 'green',
  DOWNGRADED: 'red',
  SUBSTANDARD: 'orange',
  QUALIFIED_NOT_UPGRADED: 'cyan',
};

/**
 * Each month's evaluation, newest first, with the server's explanation in words (in the UI
 * language): why the customer is in the tier, e.g. "ROLLING_QUARTER_AVG 523,118.40 ≥ 白金
 * 500,000.00 (rolling-quarter-2020 第1版)". The latest month is open.
 */
export function TierHistory({ history }: { history: CustomerFile['tierHistory'] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  if (history.length === 0) return <Empty description={t('customer.historyEmpty')} />;
  return (
    <Collapse
      defaultActiveKey={[history[0]!.month]}
      items={history.map(({ month, explanation }) => ({
        key: month,
        label: (
          <Space wrap size="small">
            <Typography.Text strong>{formatMonth(month, language)}</Typography.Text>
            <TierTag tier={explanation.serviceTier} />
            <Tag color={RULE_COLORS[explanation.rule]}>{t(`statuses.${explanation.rule}`)}</Tag>
            <Typography.Text type="secondary">
              {t('customer.historyValue', { metric: t(`metrics.${explanation.metric}`, { defaultValue: explanation.metric }), value: formatMoney(explanation.value) })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('customer.historyPolicy', { code: explanation.policy.code, version: explanation.policy.version })}</Typography.Text>
          </Space>
        ),
        children: (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {explanation.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        ),
      }))}
    />
  );
}
