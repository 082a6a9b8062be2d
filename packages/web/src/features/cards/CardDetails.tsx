import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can, PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { permissionsOf } from '../../shared/session/session-store.ts';
import { useSession } from '../../shared/session/session-hooks.ts';
import { CARD_ACTIONS, type CardAction, type CardState, type CardView } from './card-types.ts';

export const STATE_COLORS: Record<CardState, string> = {
  APPLIED: 'blue',
  APPROVED: 'cyan',
  ISSUED: 'green',
  RENEWAL_DUE: 'orange',
  LOST: 'red',
  RENEWED: 'default',
  EXCHANGED_UP: 'default',
  EXCHANGED_DOWN: 'default',
  REISSUED: 'default',
  CANCELLED: 'default',
};

export function CardStateTag({ state }: { state: CardState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="card-state">
      {t(`cards.states.${state}`)}
    </Tag>
  );
}

/** The actions this user may take on this card: what its state allows and their permissions grant. */
export function usePermittedActions(): (card: CardView) => CardAction[] {
  const permissions = permissionsOf(useSession());
  return (card) =>
    CARD_ACTIONS.filter(
      (action) => card.allowedActions.includes(action) && can(permissions, action === 'approve' ? PERMISSIONS.cardApprove : PERMISSIONS.cardOperate),
    );
}

/** One card: number (masked), type, state, dates, the permitted actions and its history. */
export function CardDetails({ card, onAction }: { card: CardView; onAction: (action: CardAction) => void }) {
  const { t, i18n } = useTranslation();
  const permitted = usePermittedActions()(card);
  const number = card.cardNoMasked ?? t('cards.pendingNumber');
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('cards.cardLabel', { number })}
      data-testid={`card-${card.id}`}
      title={
        <Space wrap>
          <Typography.Text strong data-testid="card-number">
            {number}
          </Typography.Text>
          <span>{card.cardType.name}</span>
          <CardStateTag state={card.state} />
        </Space>
      }
      extra={
        permitted.length > 0 && (
          <Space wrap>
            {permitted.map((action) => (
              <Button autoInsertSpace={false} key={action} danger={action === 'cancel' || action === 'report-lost'} type={action === 'cancel' ? 'default' : 'primary'} ghost={action !== 'cancel'} onClick={() => onAction(action)}>
                {t(`cards.actions.${action}`)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 4 }}>
        <Descriptions.Item label={t('cards.cardType')}>{`${card.cardType.name}（${card.cardType.code}）`}</Descriptions.Item>
        <Descriptions.Item label={t('cards.issuingOutlet')}>{card.issuingOutlet?.name ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('cards.issuedOn')}>{formatDay(card.issuedOn, i18n.language)}</Descriptions.Item>
        <Descriptions.Item label={t('cards.expiresOn')}>{formatDay(card.expiresOn, i18n.language)}</Descriptions.Item>
      </Descriptions>
      {card.replacesCardId && <Typography.Text type="secondary">{t('cards.replaces', { id: card.replacesCardId })}</Typography.Text>}
      <Table
        size="small"
        pagination={false}
        // Action, time and resulting state together are unique within a card's history.
        rowKey={(event) => `${event.at}:${event.action}:${event.toState}`}
        caption={<Typography.Text strong>{t('cards.history')}</Typography.Text>}
        dataSource={card.history}
        columns={[
          { title: t('cards.historyAt'), dataIndex: 'at', render: (at: string) => formatInstant(at, i18n.language) },
          { title: t('cards.historyAction'), dataIndex: 'action', render: (action: string) => t(`cards.actions.${action as CardAction | 'apply'}`) },
          {
            title: t('cards.historyChange'),
            key: 'change',
            render: (_, event) => `${event.fromState ? t(`cards.states.${event.fromState as CardState}`) : t('common.none')} → ${t(`cards.states.${event.toState as CardState}`)}`,
          },
          { title: t('cards.historyStaff'), dataIndex: 'staffNo' },
          { title: t('cards.historyReason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? t('common.none') },
        ]}
      />
    </Card>
  );
}
