import { Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../shared/format/dates.ts';
import { PageError, PageLoading } from '../../shared/ui/PageState.tsx';
import { CardStateTag } from './CardDetails.tsx';
import { useCustomerCards } from './cards-api.ts';

/** The customer 360's VIP card panel: each card with state and expiry, and a link to the card operations. */
export function CustomerCardsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const cards = useCustomerCards(customerId);
  const customerNo = cards.data?.customer.customerNo;
  return (
    <Card
      title={t('cards.card360.title')}
      extra={customerNo && <Link to={`/cards?customerNo=${encodeURIComponent(customerNo)}`}>{t('cards.card360.manage')}</Link>}
      role="region"
      aria-label={t('cards.card360.title')}
    >
      {cards.isPending ? (
        <PageLoading />
      ) : cards.isError ? (
        <PageError error={cards.error} onRetry={() => void cards.refetch()} />
      ) : (
        <List
          size="small"
          locale={{ emptyText: t('cards.card360.empty') }}
          dataSource={cards.data.cards}
          renderItem={(card) => (
            <List.Item>
              <Space wrap>
                <Typography.Text strong>{card.cardNoMasked ?? t('cards.pendingNumber')}</Typography.Text>
                <span>{card.cardType.name}</span>
                <CardStateTag state={card.state} />
                {card.expiresOn && (
                  <Typography.Text type="secondary">
                    {t('cards.expiresOn')} {formatDay(card.expiresOn, i18n.language)}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
