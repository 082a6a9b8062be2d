import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useCardAction } from './cards-api.ts';
import type { CardAction, CardType, CardView } from './card-types.ts';

/**
 * The confirmation of one card action: what it will do, an optional reason (required to cancel),
 * and for an exchange the new card type. The server's refusal (wrong tier, no stock, not an
 * issuing outlet) is shown in the dialog, in the user's language.
 */
export function CardActionDialog({
  card,
  action,
  cardTypes,
  serviceTier,
  onClose,
}: {
  card: CardView;
  action: CardAction;
  cardTypes: CardType[];
  serviceTier: string | null;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useCardAction();
  const [reason, setReason] = useState('');
  const exchangeTypes = cardTypes.filter((type) => type.active && type.id !== card.cardType.id && serviceTier !== null && type.tiers.includes(serviceTier as never));
  const [cardTypeId, setCardTypeId] = useState<number | undefined>(exchangeTypes[0]?.id);
  const label = t(`cards.actions.${action}`);
  const invalid = (action === 'cancel' && reason.trim() === '') || (action === 'exchange' && cardTypeId === undefined);

  return (
    <Modal
      open
      title={t('cards.confirmTitle', { action: label })}
      okText={t('cards.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: invalid, loading: mutation.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onCancel={() => onClose(false)}
      onOk={() =>
        mutation.mutate(
          { cardId: card.id, action, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(action === 'exchange' ? { cardTypeId } : {}) },
          { onSuccess: () => onClose(true) },
        )
      }
    >
      <Typography.Paragraph>{t(`cards.confirmText.${action}`)}</Typography.Paragraph>
      <Form layout="vertical">
        {action === 'exchange' && (
          <Form.Item label={t('cards.newCardType')} htmlFor="card-exchange-type" required>
            <Select
              id="card-exchange-type"
              value={cardTypeId}
              onChange={setCardTypeId}
              options={exchangeTypes.map((type) => ({ value: type.id, label: `${type.name}（${type.code}）` }))}
              notFoundContent={t('cards.noMatchingType')}
            />
          </Form.Item>
        )}
        <Form.Item label={t('cards.reason')} htmlFor="card-action-reason" required={action === 'cancel'}>
          <Input.TextArea id="card-action-reason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} autoSize />
        </Form.Item>
      </Form>
      {mutation.isError && <Alert type="error" showIcon message={errorMessage(mutation.error)} />}
    </Modal>
  );
}
