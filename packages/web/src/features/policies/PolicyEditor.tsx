import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/api-error.ts';
import { useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useSaveDraft } from './policies-api.ts';
import { changedPaths, formValuesOf, placeProblems, policyFileOf, problemsOf, type PolicyFormValues, type Problem } from './policy-form.ts';
import { GAP_HANDLINGS, VIP_TIERS, WINDOW_METRICS, type DraftResult, type PolicyVersion } from './policy-types.ts';

const APPROVERS = ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN'] as const;

interface PolicyEditorProps {
  code: string;
  /** The version the editor starts from (the active one). */
  base: PolicyVersion;
  onSaved: (result: DraftResult) => void;
  onCancel: () => void;
}

/**
 * "New version": a draft of the next version of a code, prefilled from the active one. The server
 * checks everything and names each problem's field (tiers[1].threshold …): the message is shown
 * under that field, and problems no field holds are listed above the form.
 */
export function PolicyEditor({ code, base, onSaved, onCancel }: PolicyEditorProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PolicyFormValues>();
  const save = useSaveDraft();
  const errorMessage = useErrorMessage();
  const [general, setGeneral] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const tiers = Form.useWatch('tiers', form) ?? [];

  const submit = async (values: PolicyFormValues) => {
    setGeneral([]);
    setFailure(null);
    try {
      onSaved(await save.mutateAsync(policyFileOf(code, values)));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TIER_POLICY_INVALID') {
        const placed = placeProblems(problemsOf(error.details));
        // Paths come from the server; placeProblems keeps only those naming a field of this form.
        form.setFields(placed.fields as unknown as Parameters<typeof form.setFields>[0]);
        setGeneral(placed.general);
        return;
      }
      setFailure(error);
    }
  };

  // An edited field loses the server's complaint about it; the next save checks it again.
  const clearEdited = (changed: Partial<PolicyFormValues>) => {
    const stale = changedPaths(changed).filter((name) => form.getFieldError(name as never).length > 0);
    if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })) as unknown as Parameters<typeof form.setFields>[0]);
  };

  const tierLabel = (index: number) => {
    const tier = tiers[index]?.tier;
    return tier ? t(`tiers.${tier}`) : t('policies.editor.tierNumber', { number: index + 1 });
  };

  return (
    <Card title={t('policies.editor.title', { code })}>
      <Typography.Paragraph type="secondary">{t('policies.editor.intro', { version: base.version })}</Typography.Paragraph>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('policies.editor.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {general.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>{`${problem.path}: ${problem.message}`}</li>
              ))}
            </ul>
          }
        />
      )}
      {failure !== null && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorMessage(failure)} />}
      <Form<PolicyFormValues>
        form={form}
        layout="vertical"
        initialValues={formValuesOf(base)}
        onFinish={(values) => void submit(values)}
        onValuesChange={clearEdited}
        aria-label={t('policies.editor.title', { code })}
      >
        <Form.Item name="name" label={t('policies.editor.name')}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('policies.editor.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="metric" label={t('policies.editor.metric')}>
          <Select options={WINDOW_METRICS.map((metric) => ({ value: metric, label: t(`metrics.${metric}`) }))} />
        </Form.Item>

        <Typography.Title level={5}>{t('policies.editor.tiers')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('policies.editor.tiersHint')}</Typography.Paragraph>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'tier']} label={t('policies.editor.tier')}>
                    <Select
                      style={{ width: 140 }}
                      aria-label={t('policies.editor.tierOf', { number: field.name + 1 })}
                      options={VIP_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'threshold']} label={t('policies.editor.threshold')}>
                    <Input style={{ width: 200 }} inputMode="decimal" aria-label={t('policies.editor.thresholdOf', { tier: tierLabel(field.name) })} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'specialAdmissionApprover']} label={t('policies.editor.approver')}>
                    <Select
                      style={{ width: 180 }}
                      allowClear
                      aria-label={t('policies.editor.approverOf', { tier: tierLabel(field.name) })}
                      options={APPROVERS.map((level) => ({ value: level, label: t(`policies.approvers.${level}`) }))}
                    />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('policies.editor.removeTier', { tier: tierLabel(field.name) })} />
                  </Form.Item>
                </Space>
              ))}
              {fields.length < VIP_TIERS.length && (
                <Button icon={<PlusOutlined />} onClick={() => add({ tier: VIP_TIERS[fields.length], threshold: '' })} style={{ marginBottom: 16 }}>
                  {t('policies.editor.addTier')}
                </Button>
              )}
            </>
          )}
        </Form.List>

        <Space wrap size="large">
          <Form.Item name="graceMonths" label={t('policies.editor.graceMonths')} tooltip={t('policies.editor.graceMonthsHint')}>
            <InputNumber min={0} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="autoUpgrade" label={t('policies.editor.autoUpgrade')} valuePropName="checked" tooltip={t('policies.editor.autoUpgradeHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="gapHandling" label={t('policies.editor.gapHandling')}>
            <Select style={{ width: 240 }} options={GAP_HANDLINGS.map((gap) => ({ value: gap, label: t(`policies.gaps.${gap}`) }))} />
          </Form.Item>
        </Space>

        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('policies.editor.saveDraft')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
