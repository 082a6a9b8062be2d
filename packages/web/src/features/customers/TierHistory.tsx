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
  SPECIAL_ADMISSION: 'purple',
};

/**
 * Each month's evaluation, newest first, headed by the rule that decided it in the server's words
 * and the UI language (tiers.explanation.ts decidingRule: "ROLLING_QUARTER_AVG 523,118.40 ≥
 * PLATINUM 500,000.00 under rolling-quarter-2020 v1", in Chinese "… ≥ 白金 500,000.00
 * （rolling-quarter-2020 第1版）"), the whole trail beneath. The latest month is open.
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
          <Space direction="vertical" size={2}>
            <Space wrap size="small">
              <Typography.Text strong>{formatMonth(month, language)}</Typography.Text>
              <TierTag tier={explanation.serviceTier} />
              <Tag color={RULE_COLORS[explanation.rule]}>{t(`statuses.${explanation.rule}`)}</Tag>
              <Typography.Text type="secondary">
                {t('customer.historyValue', { metric: t(`metrics.${explanation.metric}`, { defaultValue: explanation.metric }), value: formatMoney(explanation.value) })}
              </Typography.Text>
            </Space>
            {/* Why the customer qualified for the tier, in the server's words and the user's language. */}
            <Typography.Text data-testid="tier-rule">{explanation.decidingRule}</Typography.Text>
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
