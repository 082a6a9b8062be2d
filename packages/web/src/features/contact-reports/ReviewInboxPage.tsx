import { Alert, App, Button, Form, Input, Modal, Radio, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { staffLabel } from '../contact/contact-labels.tsx';
import { PageError, PageLoading, useErrorMessage } from '../../shared/ui/PageState.tsx';
import { useReports, useReviewReport, type Report, type ReportListKind } from './contact-reports-api.ts';
import { ReportContent } from './ReportParts.tsx';
import { ReportTable } from './ReportTable.tsx';

const RATINGS = ['effectiveness', 'compliance', 'progress'] as const;
type Rating = (typeof RATINGS)[number];
const SCALE = [1, 2, 3, 4, 5];

/** /report-reviews: submitted reports of the head's customers waiting for review, and the head's review history. */
export default function ReviewInboxPage() {
  const { t } = useTranslation();
  const [reviewing, setReviewing] = useState<Report | undefined>();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('contactReports.review.title')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'inbox',
            label: t('contactReports.review.inbox'),
            children: (
              <ReportList
                kind="inbox"
                label={t('contactReports.review.inbox')}
                empty={t('contactReports.review.inboxEmpty')}
                actions={(report) => (
                  <Button autoInsertSpace={false} type="primary" size="small" onClick={() => setReviewing(report)}>
                    {t('contactReports.review.open')}
                  </Button>
                )}
              />
            ),
          },
          {
            key: 'reviewed',
            label: t('contactReports.review.reviewed'),
            children: (
              <ReportList
                kind="reviewed"
                label={t('contactReports.review.reviewed')}
                empty={t('contactReports.review.reviewedEmpty')}
                actions={(report) => <Link to={`/contact-reports/${report.id}`}>{t('contactReports.mine.open')}</Link>}
              />
            ),
          },
        ]}
      />
      {reviewing && <ReviewDialog key={reviewing.id} report={reviewing} onClose={() => setReviewing(undefined)} />}
    </Space>
  );
}

function ReportList({ kind, label, empty, actions }: { kind: ReportListKind; label: string; empty: string; actions: (report: Report) => React.ReactNode }) {
  const list = useReports(kind);
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return <ReportTable items={list.data.items} label={label} empty={empty} actions={actions} />;
}

/** The report as written, three ratings of 1–5 and a comment; approve needs the ratings, return the comment. */
function ReviewDialog({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewReport();
  const errorMessage = useErrorMessage();
  const [ratings, setRatings] = useState<Partial<Record<Rating, number>>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<'ratings' | 'comment' | undefined>();
  const decide = (decision: 'REVIEWED' | 'RETURNED') => {
    if (decision === 'REVIEWED' && RATINGS.some((name) => ratings[name] === undefined)) return setProblem('ratings');
    if (decision === 'RETURNED' && comment.trim() === '') return setProblem('comment');
    setProblem(undefined);
    review.mutate(
      {
        reportId: report.id,
        body: {
          version: report.version,
          decision,
          effectiveness: ratings.effectiveness ?? null,
          compliance: ratings.compliance ?? null,
          progress: ratings.progress ?? null,
          comment: comment.trim(),
        },
      },
      {
        onSuccess: () => {
          void message.success(decision === 'REVIEWED' ? t('contactReports.review.done') : t('contactReports.review.returnedDone'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      width={760}
      title={t('contactReports.review.dialogTitle', { customer: `${report.customer.name}（${report.customer.customerNo}）`, author: staffLabel(report.author, '') })}
      onCancel={onClose}
      footer={
        <Space>
          <Button autoInsertSpace={false} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button autoInsertSpace={false} danger loading={review.isPending} onClick={() => decide('RETURNED')}>
            {t('contactReports.review.return')}
          </Button>
          <Button autoInsertSpace={false} type="primary" loading={review.isPending} onClick={() => decide('REVIEWED')}>
            {t('contactReports.review.approve')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ReportContent report={report} />
        <Form layout="vertical">
          <Typography.Text type="secondary">{t('contactReports.ratings.scale')}</Typography.Text>
          {RATINGS.map((name) => (
            <Form.Item key={name} label={<span id={`rating-${name}`}>{t(`contactReports.ratings.${name}`)}</span>} style={{ marginBottom: 8 }}>
              <div role="radiogroup" aria-labelledby={`rating-${name}`}>
                <Radio.Group
                  optionType="button"
                  options={SCALE.map((value) => ({ value, label: String(value) }))}
                  value={ratings[name]}
                  onChange={(event) => setRatings((previous) => ({ ...previous, [name]: event.target.value as number }))}
                />
              </div>
            </Form.Item>
          ))}
          {problem === 'ratings' ? <Alert type="error" showIcon message={t('contactReports.review.ratingsRequired')} /> : null}
          <Form.Item
            label={t('contactReports.fields.comment')}
            htmlFor="review-comment"
            {...(problem === 'comment' && { validateStatus: 'error' as const, help: t('contactReports.review.commentRequired') })}
          >
            <Input.TextArea id="review-comment" rows={3} maxLength={1000} value={comment} onChange={(event) => setComment(event.target.value)} />
          </Form.Item>
        </Form>
        {review.isError && <Alert type="error" showIcon role="alert" message={errorMessage(review.error)} />}
      </Space>
    </Modal>
  );
}
