import { Alert, Button, Card, Empty, Form, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatMonth } from '../../shared/format/dates.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { usePolicies, usePolicyVersions, useSimulate, useSimulationMonths } from './policies-api.ts';
import { SimulationResult } from './SimulationResult.tsx';

/**
 * /simulator (head office): what a policy version — typically a draft — would do to an evaluated
 * month, against the service tiers in force: the customers that would move between tiers, where,
 * and the RMs each outlet would need. The choice lives in the URL (?code&version&month), so a
 * "simulate" link from a draft opens it ready to run.
 */
export default function PolicySimulatorPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const policies = usePolicies();
  const months = useSimulationMonths();
  const simulate = useSimulate();
  const errorMessage = useErrorMessage();
  const code = params.get('code') ?? '';
  const version = Number(params.get('version') ?? '') || undefined;
  const versions = usePolicyVersions(code);
  const month = params.get('month') ?? months.data?.months[0] ?? '';

  const choose = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
    simulate.reset();
  };

  // A code without a version chosen: its newest draft, else its newest version (`choose` is
  // rebuilt on each render; the choice depends only on the versions read and the URL).
  useEffect(() => {
    if (!versions.data || version !== undefined) return;
    const list = versions.data.versions;
    const pick = [...list].reverse().find((v) => v.status === 'DRAFT') ?? list.at(-1);
    if (pick) choose({ version: String(pick.version) });
  }, [versions.data, version]);

  if (policies.isPending || months.isPending) return <PageLoading />;
  if (policies.isError) return <PageError error={policies.error} onRetry={() => void policies.refetch()} />;
  if (months.isError) return <PageError error={months.error} onRetry={() => void months.refetch()} />;

  const canRun = code !== '' && version !== undefined && month !== '';
  const run = () => {
    if (canRun) simulate.mutate({ code, version, month });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('policies.sim.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {months.data.policyInForce ? t('policies.sim.intro', { code: months.data.policyInForce.code }) : t('policies.sim.introNone')}
        </Typography.Paragraph>
        {months.data.months.length === 0 ? (
          <Empty description={t('policies.sim.noMonths')} />
        ) : (
          <Form layout="inline" onFinish={run} aria-label={t('policies.sim.form')}>
            <Form.Item label={t('policies.sim.policy')} htmlFor="simulator-code">
              <Select
                id="simulator-code"
                style={{ width: 240 }}
                value={code || undefined}
                placeholder={t('policies.sim.policyPlaceholder')}
                onChange={(value: string) => choose({ code: value, version: undefined })}
                options={policies.data.policies.map((p) => ({ value: p.code, label: `${p.code}（${p.policy.name}）` }))}
              />
            </Form.Item>
            <Form.Item label={t('policies.sim.version')} htmlFor="simulator-version">
              <Select
                id="simulator-version"
                style={{ width: 200 }}
                value={version}
                disabled={code === ''}
                loading={versions.isFetching}
                onChange={(value: number) => choose({ version: String(value) })}
                options={(versions.data?.versions ?? [])
                  .slice()
                  .reverse()
                  .map((v) => ({
                    value: v.version,
                    label: t('policies.sim.versionOption', { version: v.version, status: t(`policies.status.${v.status}`) }),
                  }))}
              />
            </Form.Item>
            <Form.Item label={t('policies.sim.month')} htmlFor="simulator-month">
              <Select
                id="simulator-month"
                style={{ width: 160 }}
                value={month || undefined}
                onChange={(value: string) => choose({ month: value })}
                options={months.data.months.map((m) => ({ value: m, label: formatMonth(m, i18n.language) }))}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" disabled={!canRun} loading={simulate.isPending}>
                {t('policies.sim.run')}
              </Button>
            </Form.Item>
          </Form>
        )}
        {versions.isError && <Alert type="error" showIcon style={{ marginTop: 16 }} message={errorMessage(versions.error)} />}
        {simulate.isError && <Alert type="error" showIcon style={{ marginTop: 16 }} message={errorMessage(simulate.error)} />}
      </Card>
      {simulate.isPending && <PageLoading />}
      {simulate.data && <SimulationResult simulation={simulate.data} />}
    </Space>
  );
}
