import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { formatInstant } from '../../shared/format/dates.ts';
import { formatMoneyCompact } from '../../shared/format/money.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useActivateRuleSet, useDraftRuleSet, useRuleSets } from './contact-api.ts';
import type { RuleSet } from './contact-types.ts';
import { draftBodyOf, formValuesOf, ruleNumbersOf, SETTING_NUMBERS, type RuleSetFormValues } from './rule-set-form.ts';

const STATUS_COLORS: Record<string, string> = { ACTIVE: 'green', DRAFT: 'blue', RETIRED: 'default' };

function centsToYuan(cents: string): string {
  const padded = cents.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/**
 * 联系制度: the contact rules in force (and earlier versions) for everyone with contact.read;
 * HQ (contact-rule.manage) drafts a new version from the active one by changing its numbers and
 * activates a draft after confirming.
 */
export default function ContactRulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can(PERMISSIONS.contactRuleManage);
  const ruleSets = useRuleSets();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [drafting, setDrafting] = useState(false);
  if (ruleSets.isPending) return <PageLoading />;
  if (ruleSets.isError) return <PageError error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />;
  const items = ruleSets.data.items;
  const active = items.find((item) => item.status === 'ACTIVE');
  const selected = items.find((item) => item.id === selectedId) ?? active ?? items[0];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('contact.rules.title')}
        </Typography.Title>
        {manage && active && !drafting && (
          <Button type="primary" autoInsertSpace={false} onClick={() => setDrafting(true)}>
            {t('contact.rules.newDraft')}
          </Button>
        )}
      </div>
      {drafting && active && <DraftEditor base={active} onDone={(created) => (setDrafting(false), created && setSelectedId(created.id))} />}
      <Card title={t('contact.rules.versions')}>
        <VersionTable items={items} selectedId={selected?.id} onSelect={setSelectedId} manage={manage} />
      </Card>
      {selected && <RuleSetView ruleSet={selected} />}
    </Space>
  );
}

function VersionTable({ items, selectedId, onSelect, manage }: { items: RuleSet[]; selectedId: string | undefined; onSelect: (id: string) => void; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const { modal, message } = App.useApp();
  const activate = useActivateRuleSet();
  const errorMessage = useErrorMessage();
  const confirmActivation = (ruleSet: RuleSet) =>
    modal.confirm({
      title: t('contact.rules.activateTitle', { version: ruleSet.version }),
      content: t('contact.rules.activateWarning'),
      okText: t('contact.rules.activate'),
      cancelText: t('common.cancel'),
      okButtonProps: { autoInsertSpace: false },
      cancelButtonProps: { autoInsertSpace: false },
      onOk: () =>
        activate.mutateAsync(ruleSet.id).then(
          () => void message.success(t('contact.rules.activated', { version: ruleSet.version })),
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });
  return (
    <Table<RuleSet>
      aria-label={t('contact.rules.versions')}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      rowClassName={(row) => (row.id === selectedId ? 'ant-table-row-selected' : '')}
      columns={[
        {
          key: 'version',
          title: t('contact.rules.version'),
          render: (_, row) => (
            <Button type="link" size="small" onClick={() => onSelect(row.id)} aria-pressed={row.id === selectedId}>
              {t('contact.rules.versionNo', { version: row.version })}
            </Button>
          ),
        },
        { key: 'name', title: t('contact.rules.name'), render: (_, row) => row.name },
        { key: 'status', title: t('contact.rules.status'), render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{t(`contact.rules.statuses.${row.status}`)}</Tag> },
        { key: 'created', title: t('contact.rules.created'), render: (_, row) => `${formatInstant(row.createdAt, language)} ${row.createdBy}` },
        { key: 'activated', title: t('contact.rules.activatedAt'), render: (_, row) => formatInstant(row.activatedAt, language) },
        ...(manage
          ? [
              {
                key: 'actions',
                title: t('contact.rules.actions'),
                render: (_: unknown, row: RuleSet) =>
                  row.status === 'DRAFT' ? (
                    <Button size="small" autoInsertSpace={false} onClick={() => confirmActivation(row)} aria-label={`${t('contact.rules.activate')} ${t('contact.rules.versionNo', { version: row.version })}`}>
                      {t('contact.rules.activate')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

function ScopeText({ appliesTo }: { appliesTo: Record<string, unknown> | undefined }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const tiers = Array.isArray(appliesTo?.tiers) ? (appliesTo.tiers as string[]) : [];
  const min = typeof appliesTo?.minAumCents === 'string' ? formatMoneyCompact(centsToYuan(appliesTo.minAumCents), language) : undefined;
  const max = typeof appliesTo?.maxAumCents === 'string' ? formatMoneyCompact(centsToYuan(appliesTo.maxAumCents), language) : undefined;
  const parts = [tiers.length > 0 ? tiers.map((tier) => t(`tiers.${tier}`)).join('、') : t('contact.rules.allVip')];
  if (min || max) parts.push(t('contact.rules.band', { min: min ?? '0', max: max ?? '∞' }));
  return <>{parts.join(' · ')}</>;
}

function RuleSetView({ ruleSet }: { ruleSet: RuleSet }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  type Rule = RuleSet['rules'][number] & Record<string, unknown>;
  const settings = ruleSet.eventSettings as Record<string, unknown>;
  const movement = settings.largeMovement as { minAmountCents?: string; minShareOfAum?: string } | undefined;
  return (
    <Card title={t('contact.rules.content', { version: ruleSet.version, name: ruleSet.name })}>
      <Table<Rule>
        aria-label={t('contact.rules.rules')}
        size="small"
        rowKey={(rule) => String(rule.code)}
        pagination={false}
        dataSource={ruleSet.rules as Rule[]}
        columns={[
          { key: 'code', title: t('contact.rules.code'), render: (_, rule) => <Typography.Text code>{String(rule.code)}</Typography.Text> },
          { key: 'kind', title: t('contact.rules.kind'), render: (_, rule) => t(`contact.rules.kinds.${String(rule.kind)}`, { defaultValue: String(rule.kind) }) },
          { key: 'period', title: t('contact.rules.period'), render: (_, rule) => (typeof rule.period === 'string' ? t(`contact.periods.${rule.period}`) : rule.kind === 'STAFF_WEEKLY_CUSTOMERS' ? t('contact.periods.WEEK') : t('common.none')) },
          { key: 'scope', title: t('contact.rules.scope'), render: (_, rule) => <ScopeText appliesTo={rule.appliesTo as Record<string, unknown> | undefined} /> },
          {
            key: 'values',
            title: t('contact.rules.values'),
            render: (_, rule) => (
              <Space wrap size={[4, 4]}>
                {ruleNumbersOf(rule).map((field) => (
                  <Tag key={field}>
                    {t(`contact.rules.fields.${field}`)} {String(rule[field])}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { key: 'source', title: t('contact.rules.source'), render: (_, rule) => <Typography.Text type="secondary">{String(rule.source ?? '')}</Typography.Text> },
        ]}
      />
      <Descriptions title={t('contact.rules.settings')} size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 16 }}>
        {SETTING_NUMBERS.filter((field) => typeof settings[field] === 'number').map((field) => (
          <Descriptions.Item key={field} label={t(`contact.rules.fields.${field}`)}>
            {String(settings[field])}
          </Descriptions.Item>
        ))}
        {movement?.minAmountCents && <Descriptions.Item label={t('contact.rules.largeMovement')}>{`${formatMoneyCompact(centsToYuan(movement.minAmountCents), language)} / ${Math.round(Number(movement.minShareOfAum ?? 0) * 1000) / 10}%`}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

/** The problems a refused draft names, each at its path in the body (e.g. "/rules/2/minCalls"). */
function issuesOf(error: unknown): { path: string; message: string }[] {
  if (!isApiError(error, 'REQUEST_INVALID') || !Array.isArray(error.details.issues)) return [];
  return (error.details.issues as unknown[]).flatMap((issue) => {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
  });
}

function DraftEditor({ base, onDone }: { base: RuleSet; onDone: (created?: RuleSet) => void }) {
  const { t } = useTranslation();
  /** "/rules/2/minCalls" → "diamond-monthly 电话≥"; "/eventSettings/noVisitDays" → its label. */
  const fieldName = (path: string): string => {
    const [, part, index, field] = path.split('/');
    const label = (name: string | undefined) => (name ? t(`contact.rules.fields.${name}`, { defaultValue: name }) : '');
    if (part === 'rules' && index !== undefined) return `${String((base.rules[Number(index)] as { code?: string } | undefined)?.code ?? index)} ${label(field)}`.trim();
    if (part === 'eventSettings') return label(index);
    return path;
  };
  const [form] = Form.useForm<RuleSetFormValues>();
  const draft = useDraftRuleSet();
  const errorMessage = useErrorMessage();
  type Rule = Record<string, unknown>;
  return (
    <Card title={t('contact.rules.draftFrom', { version: base.version })}>
      <Form<RuleSetFormValues> form={form} name="rule-set-draft" layout="vertical" initialValues={formValuesOf(base)} onFinish={(values) => draft.mutate(draftBodyOf(base, values), { onSuccess: (created) => onDone(created) })}>
        <Form.Item name="name" label={t('contact.rules.name')} rules={[{ required: true, whitespace: true, message: t('contact.rules.nameRequired') }]}>
          <Input maxLength={100} style={{ maxWidth: 420 }} />
        </Form.Item>
        <Table<Rule>
          aria-label={t('contact.rules.draftRules')}
          size="small"
          rowKey={(rule) => String(rule.code)}
          pagination={false}
          dataSource={base.rules as Rule[]}
          columns={[
            { key: 'code', title: t('contact.rules.code'), render: (_, rule) => <Typography.Text code>{String(rule.code)}</Typography.Text> },
            { key: 'source', title: t('contact.rules.source'), render: (_, rule) => <Typography.Text type="secondary">{String(rule.source ?? '')}</Typography.Text> },
            {
              key: 'values',
              title: t('contact.rules.values'),
              render: (_, rule, index) => (
                <Space wrap>
                  {ruleNumbersOf(rule).map((field) => (
                    <Form.Item key={field} name={['rules', `${index}.${field}`]} label={t(`contact.rules.fields.${field}`)} style={{ marginBottom: 0 }} rules={[{ required: true, message: t('contact.rules.numberRequired') }]}>
                      <InputNumber id={`rule-${String(rule.code)}-${field}`} aria-label={`${String(rule.code)} ${t(`contact.rules.fields.${field}`)}`} min={field === 'daysBefore' ? 0 : 1} max={field === 'afterDays' ? 365 : field === 'minCustomers' ? 1000 : field === 'daysBefore' ? 30 : 100} precision={0} size="small" />
                    </Form.Item>
                  ))}
                </Space>
              ),
            },
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('contact.rules.settings')}
        </Typography.Title>
        <Space wrap>
          {SETTING_NUMBERS.filter((field) => typeof base.eventSettings[field] === 'number').map((field) => (
            <Form.Item key={field} name={['settings', field]} label={t(`contact.rules.fields.${field}`)} rules={[{ required: true, message: t('contact.rules.numberRequired') }]}>
              <InputNumber id={`setting-${field}`} min={0} max={730} precision={0} />
            </Form.Item>
          ))}
        </Space>
        {draft.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={errorMessage(draft.error)}
            description={
              issuesOf(draft.error).length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {issuesOf(draft.error).map((issue) => (
                    <li key={issue.path}>
                      {fieldName(issue.path)}：{issue.message}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={draft.isPending} autoInsertSpace={false}>
            {t('contact.rules.saveDraft')}
          </Button>
          <Button autoInsertSpace={false} onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
