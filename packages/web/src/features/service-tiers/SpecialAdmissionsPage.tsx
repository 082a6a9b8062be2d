import { Alert, Button, Card, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { admissionEffectText, AdmissionTable } from './AdmissionTable.tsx';
import { useAdmissions, useRequestAdmission, type Admission, type AdmissionRequestBody } from './service-tiers-api.ts';

const TIERS: AdmissionRequestBody['tier'][] = ['GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'];

/** /special-admissions: a new request, the caller's own requests, and the admissions ending soon (the reminder). */
export default function SpecialAdmissionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const mine = useAdmissions('mine');
  const expiring = useAdmissions('expiring', can(PERMISSIONS.customerRead));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('serviceTiers.admissions.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('serviceTiers.admissions.intro')}</Typography.Paragraph>
      </div>
      <RequestForm />
      <Card title={<h3 style={{ margin: 0 }}>{t('serviceTiers.admissions.mine')}</h3>}>
        {mine.isPending ? (
          <PageLoading />
        ) : mine.isError ? (
          <PageError error={mine.error} onRetry={() => void mine.refetch()} />
        ) : (
          <AdmissionTable items={mine.data.items} label={t('serviceTiers.admissions.mine')} empty={t('serviceTiers.admissions.mineEmpty')} />
        )}
      </Card>
      {can(PERMISSIONS.customerRead) && (
        <Card title={<h3 style={{ margin: 0 }}>{t('serviceTiers.admissions.expiring')}</h3>}>
          {expiring.isPending ? (
            <PageLoading />
          ) : expiring.isError ? (
            <PageError error={expiring.error} onRetry={() => void expiring.refetch()} />
          ) : (
            <AdmissionTable items={expiring.data.items} label={t('serviceTiers.admissions.expiring')} empty={t('serviceTiers.admissions.expiringEmpty')} />
          )}
        </Card>
      )}
    </Space>
  );
}

interface RequestValues {
  customerNo: string;
  tier: AdmissionRequestBody['tier'];
  reason: string;
  months: number;
}

function RequestForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const request = useRequestAdmission();
  const errorMessage = useErrorMessage();
  const [submitted, setSubmitted] = useState<Admission | undefined>();
  const submit = (values: RequestValues) => {
    setSubmitted(undefined);
    request.mutate(
      { customerNo: values.customerNo.trim(), tier: values.tier, reason: values.reason.trim(), months: values.months },
      {
        onSuccess: (admission) => {
          setSubmitted(admission);
          form.resetFields();
        },
      },
    );
  };
  return (
    <Card title={<h3 style={{ margin: 0 }}>{t('serviceTiers.admissions.newRequest')}</h3>}>
      <Form<RequestValues> form={form} layout="vertical" initialValues={{ months: 12, tier: 'PLATINUM' }} onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item name="customerNo" label={t('serviceTiers.admissions.customerNo')} rules={[{ required: true, whitespace: true, message: t('serviceTiers.admissions.required') }]}>
          <Input placeholder={t('serviceTiers.admissions.customerNoPlaceholder')} maxLength={32} />
        </Form.Item>
        <Form.Item name="tier" label={t('serviceTiers.admissions.requestedTier')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('serviceTiers.admissions.reason')} rules={[{ required: true, whitespace: true, message: t('serviceTiers.admissions.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="months" label={t('serviceTiers.admissions.months')} rules={[{ required: true }]}>
          <InputNumber min={1} max={36} precision={0} />
        </Form.Item>
        {request.isError && <Alert type="error" showIcon role="alert" message={errorMessage(request.error)} style={{ marginBottom: 16 }} />}
        {submitted && (
          <Alert
            type="success"
            showIcon
            role="status"
            message={t('serviceTiers.admissions.submitted', { level: submitted.waitingFor ? t(`roles.${submitted.waitingFor}`) : '' })}
            description={admissionEffectText(submitted, t)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Button autoInsertSpace={false} type="primary" htmlType="submit" loading={request.isPending}>
          {t('serviceTiers.admissions.submit')}
        </Button>
      </Form>
    </Card>
  );
}
