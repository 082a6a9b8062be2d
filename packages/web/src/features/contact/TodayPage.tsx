import { App, Button, Card, Col, Empty, Form, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERMISSIONS } from '../../shared/access/permissions.ts';
import { formatDay } from '../../shared/format/dates.ts';
import { languageOf } from '../../shared/i18n/i18n.ts';
import { useCan, useSession } from '../../shared/session/session-hooks.ts';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { TierTag } from '../customers/TierTag.tsx';
import { useReassign, useToday } from './contact-api.ts';
import { ChannelTag, staffLabel } from './contact-labels.tsx';
import type { PlanItem } from './contact-types.ts';
import { LogContactDialog } from './LogContactDialog.tsx';
import { PostponeDialog } from './PostponeDialog.tsx';
import { StaffPicker } from './StaffPicker.tsx';

/** Items a page: a busy day holds well over a hundred; the server sends one page at a time. */
const PAGE_SIZE = 50;

/**
 * 今日联络: whom to contact today and why — the open plan items due by today, in the server's
 * order (overdue first, then priority, then due date), each with its reason, suggested channel
 * and talking point. A head (contact.review) can look at the list of a staff member of the org.
 */
export default function TodayPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [staffNo, setStaffNo] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const today = useToday(staffNo, page, PAGE_SIZE);
  const data = today.data;
  // Logging a contact or postponing shortens the list: a last page left empty steps back one.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : page;
  if (data && !today.isPlaceholderData && page > lastPage) setPage(lastPage);
  const [logging, setLogging] = useState<PlanItem | undefined>();
  const [postponing, setPostponing] = useState<PlanItem | undefined>();
  // Acting on items is for one's own list; a head looking at a staff member's list only reads it.
  const mayAct = can(PERMISSIONS.contactWrite) && staffNo === undefined;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12 }}>
        <Space align="baseline" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('contact.today.title')}
          </Typography.Title>
          {today.data && <Typography.Text type="secondary">{formatDay(today.data.date, languageOf(i18n))}</Typography.Text>}
        </Space>
        {can(PERMISSIONS.contactReview) && (
          <Form layout="inline">
            <Form.Item label={t('contact.staff.label')} htmlFor="today-staff">
              <StaffPicker
                id="today-staff"
                value={staffNo}
                onChange={(next) => {
                  setStaffNo(next);
                  setPage(1);
                }}
              />
            </Form.Item>
          </Form>
        )}
      </div>
      {today.isPending ? (
        <PageLoading />
      ) : today.isError ? (
        <PageError error={today.error} onRetry={() => void today.refetch()} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('contact.today.overdue')} value={today.data.counts.overdue} valueStyle={today.data.counts.overdue > 0 ? { color: '#cf1322' } : undefined} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('contact.today.dueToday')} value={today.data.counts.dueToday} />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card>
                <Statistic title={t('contact.today.doneToday')} value={today.data.counts.doneToday} valueStyle={{ color: '#389e0d' }} />
              </Card>
            </Col>
          </Row>
          <Card title={t('contact.today.list')} styles={{ body: { paddingTop: 0 } }}>
            <List<PlanItem>
              aria-label={t('contact.today.list')}
              dataSource={today.data.items}
              loading={today.isPlaceholderData}
              locale={{ emptyText: <Empty description={t('contact.today.empty')} /> }}
              pagination={{ current: today.data.page, pageSize: today.data.pageSize, total: today.data.total, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
              renderItem={(item, index) => (
                // Ranks run on across pages: the first item of page 2 is number 51.
                <TodayItem
                  key={item.id}
                  rank={(today.data.page - 1) * today.data.pageSize + index + 1}
                  item={item}
                  mayAct={mayAct}
                  onLog={() => setLogging(item)}
                  onPostpone={() => setPostponing(item)}
                />
              )}
            />
          </Card>
        </>
      )}
      {logging && <LogContactDialog customer={logging.customer} item={logging} onClose={() => setLogging(undefined)} />}
      {postponing && today.data && <PostponeDialog item={postponing} today={today.data.date} onClose={() => setPostponing(undefined)} />}
    </Space>
  );
}

function TodayItem({ rank, item, mayAct, onLog, onPostpone }: { rank: number; item: PlanItem; mayAct: boolean; onLog: () => void; onPostpone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const reassign = useReassign();
  const customer = `${item.customer.name}（${item.customer.customerNo}）`;
  const session = useSession();
  const me = session.status === 'authenticated' ? session.session.staff.staffNo : undefined;
  // Only an item still with its maintainer can be handed on; the advisor it went to just does it.
  const handedOn = item.staff.staffNo !== item.maintainer.staffNo;
  const actions = mayAct
    ? [
        <Button key="log" type="primary" size="small" autoInsertSpace={false} onClick={onLog} aria-label={`${t('contact.today.log')} ${item.customer.customerNo}`}>
          {t('contact.today.log')}
        </Button>,
        <Button key="postpone" size="small" autoInsertSpace={false} onClick={onPostpone} aria-label={`${t('contact.today.postpone')} ${item.customer.customerNo}`}>
          {t('contact.today.postpone')}
        </Button>,
        ...(handedOn
          ? []
          : [
              <Button
                key="reassign"
                size="small"
                autoInsertSpace={false}
                loading={reassign.isPending}
                aria-label={`${t('contact.today.reassign')} ${item.customer.customerNo}`}
                onClick={() =>
                  reassign.mutate(item.id, {
                    onSuccess: (moved) => void message.success(t('contact.today.reassigned', { customer, staff: staffLabel(moved.staff, '') })),
                    onError: (error) => void message.error(errorMessage(error)),
                  })
                }
              >
                {t('contact.today.reassign')}
              </Button>,
            ]),
      ]
    : [];
  return (
    <List.Item actions={actions} data-testid="today-item">
      <List.Item.Meta
        avatar={
          <Typography.Text strong style={{ fontSize: 18, minWidth: 28, display: 'inline-block' }} aria-hidden>
            {rank}
          </Typography.Text>
        }
        title={
          <Space wrap size={[8, 4]}>
            <Link to={`/customers/${item.customer.id}`}>{customer}</Link>
            <TierTag tier={item.customer.serviceTier} />
            {item.overdue ? <Tag color="red">{t('contact.today.overdueSince', { day: formatDay(item.dueOn, language) })}</Tag> : <Tag>{t('contact.today.dueOn', { day: formatDay(item.dueOn, language) })}</Tag>}
            <ChannelTag channel={item.suggestedChannel} />
            {handedOn && (
              <Tag color="purple">{item.staff.staffNo === me ? t('contact.today.handedFrom', { staff: staffLabel(item.maintainer, '') }) : t('contact.today.handedTo', { staff: staffLabel(item.staff, '') })}</Tag>
            )}
          </Space>
        }
        description={
          <Space direction="vertical" size={2}>
            <Typography.Text data-testid="plan-reason">{item.reason.text}</Typography.Text>
            {item.talkingPoint && (
              <Typography.Text type="secondary">
                {t('contact.today.talkingPoint')}: {item.talkingPoint}
              </Typography.Text>
            )}
            {item.postponedFrom && (
              <Typography.Text type="secondary">
                {t('contact.today.postponedFrom', { day: formatDay(item.postponedFrom, language), reason: item.postponeReason ?? '' })}
              </Typography.Text>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

