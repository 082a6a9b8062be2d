import { Alert, Button, Checkbox, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { IN_FULL_FIELDS, type CustomerFile, type InFullField, type ShowInFullBody } from './customer-types.ts';
import { useShowInFull } from './customers-api.ts';

interface ShowInFullDialogProps {
  /** From the 360 (with its holdings, to name the accounts) or from a search row. */
  customer: Pick<CustomerFile, 'customerId' | 'customerNo' | 'name'> & { holdings?: CustomerFile['holdings'] };
  open: boolean;
  onClose: () => void;
}

/**
 * Asks which sensitive fields and why, then shows them in clear — once. The answer lives in the
 * dialog only; closing it throws it away, and the page keeps showing the masked values.
 * The server audits the read with the fields and the reason.
 */
export function ShowInFullDialog({ customer, open, onClose }: ShowInFullDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<ShowInFullBody>();
  const showInFull = useShowInFull(customer.customerId);
  const shown = showInFull.data;
  const productOf = new Map((customer.holdings?.accounts ?? []).map((account) => [account.accountId, account.product.name]));

  const close = () => {
    showInFull.reset();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={`${t('showInFull.title')} · ${customer.name}（${customer.customerNo}）`}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
      footer={
        shown ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={showInFull.isPending} onClick={() => form.submit()}>
              {t('showInFull.submit')}
            </Button>
          </Space>
        )
      }
    >
      {shown ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t('showInFull.notice')} />
          <Descriptions column={1} bordered size="small">
            {shown.idNumber !== undefined ? <Descriptions.Item label={t('showInFull.ID_NUMBER')}>{shown.idNumber}</Descriptions.Item> : null}
            {shown.mobile !== undefined ? <Descriptions.Item label={t('showInFull.MOBILE')}>{shown.mobile}</Descriptions.Item> : null}
            {shown.email !== undefined ? <Descriptions.Item label={t('showInFull.EMAIL')}>{shown.email}</Descriptions.Item> : null}
            {shown.accountNumbers !== undefined ? (
              <Descriptions.Item label={t('showInFull.accountNumbers')}>
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {shown.accountNumbers.map((account) => (
                    <li key={account.accountId}>
                      {account.accountNumber} {productOf.get(account.accountId) ?? ''}
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Space>
      ) : (
        <Form<ShowInFullBody> form={form} layout="vertical" onFinish={(values) => showInFull.mutate({ fields: values.fields, reason: values.reason.trim() })}>
          <Alert type="info" showIcon message={t('showInFull.warning')} style={{ marginBottom: 16 }} />
          {showInFull.isError ? <Alert type="error" showIcon role="alert" message={errorMessage(showInFull.error)} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="fields" label={t('showInFull.fields')} rules={[{ required: true, type: 'array', min: 1, message: t('showInFull.fieldsRequired') }]}>
            <Checkbox.Group<InFullField> options={IN_FULL_FIELDS.map((field) => ({ value: field, label: t(`showInFull.${field}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('showInFull.reason')}
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const length = value?.trim().length ?? 0;
                  return length >= 5 && length <= 200 ? Promise.resolve() : Promise.reject(new Error(t('showInFull.reasonLength')));
                },
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('showInFull.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
