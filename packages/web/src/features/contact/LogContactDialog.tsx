import { Alert, App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/api-error.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useLogContact } from './contact-api.ts';
import { localDateTimeInput } from './contact-dates.ts';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_PURPOSES, type ContactChannel, type ContactOutcome, type ContactPurpose, type PlanItem } from './contact-types.ts';

/** What a contact for an item is most likely about: greetings for life events, products for a new product. */
export function purposeFor(item: Pick<PlanItem, 'source' | 'eventType'> | undefined): ContactPurpose {
  switch (item?.eventType) {
    case 'BIRTHDAY':
    case 'ANNIVERSARY':
    case 'FESTIVAL':
      return 'GREETING';
    case 'NEW_PRODUCT':
      return 'PRODUCT';
    case undefined:
    case null:
      return 'SERVICE';
    default:
      return 'FOLLOW_UP';
  }
}

interface LogValues {
  channel: ContactChannel;
  purpose: ContactPurpose;
  outcome: ContactOutcome;
  occurredAt: string;
  durationMinutes?: number | null;
  notes?: string;
  nextStep?: string;
  nextStepOn?: string;
}

/**
 * 记录联络: a compact form for one contact with a customer. From a plan item, the channel is the
 * item's suggestion and the record closes the item. A marketing purpose on a channel the customer
 * has not consented to is refused by the server (409 CONTACT_CONSENT_REQUIRED): said at the form,
 * next to the channel and purpose, so the RM can change either.
 */
export function LogContactDialog({ customer, item, onClose }: { customer: { customerNo: string; name: string }; item?: PlanItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LogValues>();
  const log = useLogContact();
  const errorMessage = useErrorMessage();
  const [consentRefused, setConsentRefused] = useState(false);
  const { message } = App.useApp();
  const submit = (values: LogValues) => {
    setConsentRefused(false);
    const text = (value: string | undefined) => value?.trim() ?? '';
    log.mutate(
      {
        customerNo: customer.customerNo,
        channel: values.channel,
        purpose: values.purpose,
        occurredAt: new Date(values.occurredAt).toISOString(),
        outcome: values.outcome,
        ...(values.durationMinutes != null && { durationMinutes: values.durationMinutes }),
        ...(text(values.notes) !== '' && { notes: text(values.notes) }),
        ...(text(values.nextStep) !== '' && { nextStep: text(values.nextStep) }),
        ...(values.nextStepOn && { nextStepOn: values.nextStepOn }),
        ...(item && { planItemIds: [item.id] }),
      },
      {
        onSuccess: () => {
          void message.success(t('contact.log.logged'));
          onClose();
        },
        onError: (error) => setConsentRefused(isApiError(error, 'CONTACT_CONSENT_REQUIRED')),
      },
    );
  };
  const consentStatus = consentRefused ? ('error' as const) : undefined;
  return (
    <Modal
      open
      title={t('contact.log.title', { customer: `${customer.name}（${customer.customerNo}）` })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('contact.log.save')}
      okButtonProps={{ loading: log.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
      width={640}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {item.reason.text}
        </Typography.Paragraph>
      )}
      <Form<LogValues>
        form={form}
        name="log-contact"
        layout="vertical"
        size="small"
        onFinish={submit}
        onValuesChange={() => consentRefused && setConsentRefused(false)}
        initialValues={{ channel: item?.suggestedChannel ?? 'PHONE', purpose: purposeFor(item), outcome: 'REACHED', occurredAt: localDateTimeInput() }}
      >
        <Form.Item name="channel" label={t('contact.log.channel')} validateStatus={consentStatus} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: t(`contact.channels.${channel}`) }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('contact.log.purpose')} validateStatus={consentStatus} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={CONTACT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`contact.purposes.${purpose}`) }))} />
        </Form.Item>
        <Form.Item name="outcome" label={t('contact.log.outcome')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={CONTACT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`contact.outcomes.${outcome}`) }))} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="occurredAt" label={t('contact.log.occurredAt')} rules={[{ required: true, message: t('contact.log.occurredAtRequired') }]}>
            <Input type="datetime-local" max={localDateTimeInput()} />
          </Form.Item>
          <Form.Item name="durationMinutes" label={t('contact.log.duration')}>
            <InputNumber min={0} max={1440} precision={0} />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('contact.log.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="nextStep" label={t('contact.log.nextStep')} style={{ flex: 1, minWidth: 240 }}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="nextStepOn" label={t('contact.log.nextStepOn')}>
            <Input type="date" />
          </Form.Item>
        </div>
      </Form>
      {log.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={consentRefused ? t('contact.log.consentRequired') : errorMessage(log.error)}
          description={consentRefused ? errorMessage(log.error) : undefined}
        />
      )}
    </Modal>
  );
}
