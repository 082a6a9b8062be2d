import { Alert, App, Button, Card, Empty, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { CardActionDialog } from './CardActionDialog.tsx';
import { CardDetails } from './CardDetails.tsx';
import { useApplyForCard, useCardsByCustomerNo, useCardTypes } from './cards-api.ts';
import type { CardAction, CardView, CustomerCards } from './card-types.ts';

/**
 * Card operations (DOMAIN.md §5): find a customer by number, see their cards (numbers masked) with
 * state and history, and take the actions the card's state and the user's permissions allow, each
 * after a confirmation. The customer number lives in the URL (?customerNo=), so the 360 can link here.
 */
export default function CardsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const customerNo = searchParams.get('customerNo')?.trim() ?? '';
  const [typed, setTyped] = useState(customerNo);
  const cards = useCardsByCustomerNo(customerNo);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('cards.title')}</Typography.Title>
      <Form
        layout="inline"
        role="search"
        onFinish={() => setSearchParams(typed.trim() ? { customerNo: typed.trim() } : {})}
      >
        <Form.Item label={t('cards.customerNo')} htmlFor="cards-customer-no">
          <Input id="cards-customer-no" value={typed} onChange={(event) => setTyped(event.target.value)} maxLength={32} allowClear />
        </Form.Item>
        <Form.Item>
          <Button autoInsertSpace={false} type="primary" htmlType="submit">
            {t('cards.find')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('cards.notIdentity')}</Typography.Text>
      {customerNo === '' ? (
        <Empty description={t('cards.findHint')} />
      ) : cards.isPending ? (
        <PageLoading />
      ) : cards.isError ? (
        <PageError error={cards.error} onRetry={() => void cards.refetch()} />
      ) : (
        <CustomerCardsView data={cards.data} />
      )}
    </Space>
  );
}

function CustomerCardsView({ data }: { data: CustomerCards }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const types = useCardTypes();
  const [acting, setActing] = useState<{ card: CardView; action: CardAction }>();
  const { customer } = data;
  const tier = customer.serviceTier;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {customer.name} <Typography.Text type="secondary">{customer.customerNo}</Typography.Text>
      </Typography.Title>
      <Typography.Text>
        {t('cards.serviceTier')}：{tier ? t(`tiers.${tier}`) : t('tiers.none')}
      </Typography.Text>
      <ApplyForm data={data} />
      {data.cards.length === 0 ? (
        <Empty description={t('cards.noCards')} />
      ) : (
        data.cards.map((card) => <CardDetails key={card.id} card={card} onAction={(action) => setActing({ card, action })} />)
      )}
      {acting && (
        <CardActionDialog
          card={acting.card}
          action={acting.action}
          cardTypes={types.data ?? []}
          serviceTier={tier}
          onClose={(done) => {
            if (done) void message.success(t('cards.done', { action: t(`cards.actions.${acting.action}`) }));
            setActing(undefined);
          }}
        />
      )}
    </Space>
  );
}

/** Apply: offered when the customer holds no live card; only card types of their service tier. */
function ApplyForm({ data }: { data: CustomerCards }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const errorMessage = useErrorMessage();
  const types = useCardTypes();
  const apply = useApplyForCard();
  const tier = data.customer.serviceTier;
  const matching = (types.data ?? []).filter((type) => type.active && tier !== null && type.tiers.includes(tier));
  const [cardTypeId, setCardTypeId] = useState<number>();
  const live = data.cards.some((card) => ['APPLIED', 'APPROVED', 'ISSUED', 'RENEWAL_DUE', 'LOST'].includes(card.state));
  if (!can(PERMISSIONS.cardOperate) || live) return null;
  const chosen = cardTypeId ?? matching[0]?.id;
  return (
    <Card size="small" title={t('cards.applyTitle')}>
      {matching.length === 0 && !types.isPending ? (
        <Alert type="info" showIcon message={t('cards.noMatchingType')} />
      ) : (
        <Form layout="inline">
          <Form.Item label={t('cards.cardType')} htmlFor="cards-apply-type">
            <Select
              id="cards-apply-type"
              style={{ minWidth: 220 }}
              value={chosen}
              onChange={setCardTypeId}
              options={matching.map((type) => ({ value: type.id, label: `${type.name}（${type.code}）` }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              disabled={chosen === undefined}
              loading={apply.isPending}
              onClick={() =>
                apply.mutate(
                  { customerId: data.customer.id, cardTypeId: chosen! },
                  {
                    onSuccess: () => void message.success(t('cards.done', { action: t('cards.actions.apply') })),
                    onError: (error) => void message.error(errorMessage(error)),
                  },
                )
              }
            >
              {t('cards.apply')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
