import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { usePostpone } from './contact-api.ts';
import { addDays } from './contact-dates.ts';
import type { PlanItem } from './contact-types.ts';

interface PostponeValues {
  to: string;
  reason: string;
}

/** 推迟: a later day and a reason, both required (the reason stays on the item for the head to see). */
export function PostponeDialog({ item, today, onClose }: { item: PlanItem; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PostponeValues>();
  const postpone = usePostpone();
  const errorMessage = useErrorMessage();
  const earliest = addDays(today, 1);
  return (
    <Modal
      open
      title={t('contact.postpone.title', { customer: `${item.customer.name}（${item.customer.customerNo}）` })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('contact.postpone.save')}
      okButtonProps={{ loading: postpone.isPending, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{item.reason.text}</Typography.Paragraph>
      <Form<PostponeValues>
        form={form}
        name="postpone"
        layout="vertical"
        initialValues={{ to: addDays(today, 1), reason: '' }}
        onFinish={(values) => postpone.mutate({ id: item.id, to: values.to, reason: values.reason.trim() }, { onSuccess: onClose })}
      >
        <Form.Item
          name="to"
          label={t('contact.postpone.to')}
          rules={[
            { required: true, message: t('contact.postpone.toRequired') },
            { validator: (_, value?: string) => (!value || value >= earliest ? Promise.resolve() : Promise.reject(new Error(t('contact.postpone.toLater')))) },
          ]}
        >
          <Input type="date" min={earliest} />
        </Form.Item>
        <Form.Item name="reason" label={t('contact.postpone.reason')} rules={[{ required: true, whitespace: true, message: t('contact.postpone.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {postpone.isError && <Alert type="error" showIcon role="alert" message={errorMessage(postpone.error)} />}
    </Modal>
  );
}
