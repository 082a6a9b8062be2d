import { Alert, Button, Card, Empty, Form, Modal, Radio, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay, formatInstant } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan } from '../../shared/session/session-hooks.ts';
import { PageError, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useContactEvents, useContactRecords, useMarketingConsent, useRecordConsent } from './contact-api.ts';
import { ChannelTag, staffLabel } from './contact-labels.tsx';
import { CONSENT_SOURCES, type ConsentSource, type ConsentView, type ContactEvent, type ContactRecord } from './contact-types.ts';
import { LogContactDialog } from './LogContactDialog.tsx';

type Entry = { kind: 'record'; day: string; at: string; record: ContactRecord } | { kind: 'event'; day: string; at: string; event: ContactEvent };

/** Records (by when they happened) and events (by the day they concern) in one list, newest first. */
export function mergeTimeline(records: readonly ContactRecord[], events: readonly ContactEvent[]): Entry[] {
  const entries: Entry[] = [
    ...records.map((record): Entry => ({ kind: 'record', day: record.occurredAt.slice(0, 10), at: record.occurredAt, record })),
    ...events.map((event): Entry => ({ kind: 'event', day: event.eventDate, at: `${event.eventDate}T00:00:00.000Z`, event })),
  ];
  // Newest first; on one day what was done comes before what was detected for it.
  return entries.sort((a, b) => b.at.localeCompare(a.at) || (a.kind === b.kind ? 0 : a.kind === 'record' ? -1 : 1));
}

/**
 * 联络记录与营销授权 on the customer 360: the contact timeline (contact records and contact
 * events) and the customer's marketing consent per channel (PIPL: withdrawable as easily as given).
 */
export function CustomerContactCard({ customer }: { customer: { customerId: string; customerNo: string; name: string } }) {
  const { t } = useTranslation();
  const can = useCan();
  const [logging, setLogging] = useState(false);
  return (
    <Card
      title={t('contact.card.title')}
      role="region"
      aria-label={t('contact.card.title')}
      extra={
        can(PERMISSIONS.contactWrite) ? (
          <Button size="small" autoInsertSpace={false} onClick={() => setLogging(true)}>
            {t('contact.today.log')}
          </Button>
        ) : null
      }
    >
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <ConsentSection customerId={customer.customerId} />
        <TimelineSection customerId={customer.customerId} />
      </Space>
      {logging && <LogContactDialog customer={customer} onClose={() => setLogging(false)} />}
    </Card>
  );
}

function TimelineSection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const records = useContactRecords(customerId);
  const events = useContactEvents(customerId);
  if (records.isError || events.isError) {
    return <PageError error={records.error ?? events.error} onRetry={() => void Promise.all([records.refetch(), events.refetch()])} />;
  }
  const entries = records.data && events.data ? mergeTimeline(records.data.items, events.data.items) : undefined;
  return (
    <div>
      <Typography.Title level={5}>{t('contact.card.timeline')}</Typography.Title>
      {!entries ? (
        <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
      ) : entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contact.card.noTimeline')} />
      ) : (
        <Timeline
          aria-label={t('contact.card.timeline')}
          items={entries.map((entry) =>
            entry.kind === 'record'
              ? {
                  key: `record-${entry.record.id}`,
                  color: 'green',
                  children: (
                    <div data-testid="timeline-entry">
                      <Space wrap size={[6, 2]}>
                        <Typography.Text strong>{formatInstant(entry.record.occurredAt, language)}</Typography.Text>
                        <ChannelTag channel={entry.record.channel} />
                        <Tag>{t(`contact.purposes.${entry.record.purpose}`, { defaultValue: entry.record.purpose })}</Tag>
                        <Tag color={entry.record.outcome === 'NOT_REACHED' || entry.record.outcome === 'DECLINED' ? 'default' : 'success'}>{t(`contact.outcomes.${entry.record.outcome}`, { defaultValue: entry.record.outcome })}</Tag>
                        <Typography.Text type="secondary">{staffLabel(entry.record.staff, '')}</Typography.Text>
                        {entry.record.durationMinutes != null && <Typography.Text type="secondary">{t('contact.card.minutes', { count: entry.record.durationMinutes })}</Typography.Text>}
                      </Space>
                      {entry.record.notes && <div>{entry.record.notes}</div>}
                      {entry.record.nextStep && (
                        <Typography.Text type="secondary">
                          {t('contact.card.nextStep', { step: entry.record.nextStep, day: entry.record.nextStepOn ? formatDay(entry.record.nextStepOn, language) : '' })}
                        </Typography.Text>
                      )}
                    </div>
                  ),
                }
              : {
                  key: `event-${entry.event.id}`,
                  color: 'blue',
                  children: (
                    <div data-testid="timeline-entry">
                      <Space wrap size={[6, 2]}>
                        <Typography.Text strong>{formatDay(entry.event.eventDate, language)}</Typography.Text>
                        <Tag color="blue" title={t(`contact.eventKinds.${entry.event.kind}`, { defaultValue: entry.event.kind })}>
                          {t(`contact.eventTypes.${entry.event.type}`, { defaultValue: entry.event.type })}
                        </Tag>
                      </Space>
                      <div>{entry.event.text}</div>
                    </div>
                  ),
                },
          )}
        />
      )}
    </div>
  );
}

function ConsentSection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const can = useCan();
  const consent = useMarketingConsent(customerId);
  const [changing, setChanging] = useState<{ channel: ConsentView['channels'][number]['channel']; granted: boolean } | undefined>();
  if (consent.isError) return <PageError error={consent.error} onRetry={() => void consent.refetch()} />;
  type Row = ConsentView['channels'][number];
  return (
    <div>
      <Typography.Title level={5}>{t('contact.card.consent')}</Typography.Title>
      <Table<Row>
        aria-label={t('contact.card.consent')}
        size="small"
        pagination={false}
        loading={consent.isPending}
        rowKey="channel"
        dataSource={consent.data?.channels ?? []}
        columns={[
          { key: 'channel', title: t('contact.card.channel'), render: (_, row) => t(`contact.channels.${row.channel}`) },
          { key: 'granted', title: t('contact.card.state'), render: (_, row) => (row.granted ? <Tag color="green">{t('contact.card.granted')}</Tag> : <Tag>{row.recordedAt ? t('contact.card.withdrawn') : t('contact.card.notGiven')}</Tag>) },
          { key: 'source', title: t('contact.card.source'), render: (_, row) => (row.source ? t(`contact.consentSources.${row.source}`) : t('common.none')) },
          { key: 'recorded', title: t('contact.card.recorded'), render: (_, row) => (row.recordedAt ? `${formatInstant(row.recordedAt, language)} ${staffLabel(row.recordedBy, '')}` : t('common.none')) },
          ...(can(PERMISSIONS.marketingConsentWrite)
            ? [
                {
                  key: 'actions',
                  title: t('contact.card.actions'),
                  render: (_: unknown, row: Row) => (
                    <Button size="small" autoInsertSpace={false} danger={row.granted} onClick={() => setChanging({ channel: row.channel, granted: !row.granted })} aria-label={`${row.granted ? t('contact.card.withdraw') : t('contact.card.grant')} ${t(`contact.channels.${row.channel}`)}`}>
                      {row.granted ? t('contact.card.withdraw') : t('contact.card.grant')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {changing && <ConsentDialog customerId={customerId} channel={changing.channel} granted={changing.granted} onClose={() => setChanging(undefined)} />}
    </div>
  );
}

function ConsentDialog({ customerId, channel, granted, onClose }: { customerId: string; channel: ConsentView['channels'][number]['channel']; granted: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(customerId);
  const errorMessage = useErrorMessage();
  const [source, setSource] = useState<ConsentSource>('COUNTER');
  const title = t(granted ? 'contact.card.grantTitle' : 'contact.card.withdrawTitle', { channel: t(`contact.channels.${channel}`) });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => record.mutate({ channel, granted, source }, { onSuccess: onClose })}
      okText={t('contact.card.confirm')}
      okButtonProps={{ loading: record.isPending, danger: !granted, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common.cancel')}
    >
      <Form layout="vertical">
        <Form.Item label={t('contact.card.sourceQuestion')}>
          <Radio.Group optionType="button" value={source} onChange={(event) => setSource(event.target.value as ConsentSource)} options={CONSENT_SOURCES.map((value) => ({ value, label: t(`contact.consentSources.${value}`) }))} />
        </Form.Item>
      </Form>
      {record.isError && <Alert type="error" showIcon role="alert" message={errorMessage(record.error)} />}
    </Modal>
  );
}
