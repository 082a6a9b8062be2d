import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCustomerFile } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aContactRecord } from '../contact/contact.test-data.ts';
import { aReport, aSession } from './contact-reports.test-data.ts';

const rm = aSession('RELATIONSHIP_MANAGER');

describe('report editor', () => {
  it('is opened from a customer, asks for the three parts before submitting, then saves and submits', async () => {
    const created = aReport({ keyPoints: '客户关注养老规划', needs: '希望稳健增值', nextActions: '下周三上门', contactRecord: { id: '501', channel: 'PHONE', occurredAt: '2026-11-20T02:30:00.000Z' } });
    const submitted = aReport({ ...created, status: 'SUBMITTED', version: 2, actions: [] });
    const api = fakeApi({
      'GET /api/auth/me': rm,
      'GET /api/customers/26': aCustomerFile({ customerId: '26', customerNo: 'C000026', name: '曾婷敏' }),
      'GET /api/customers/26/contact-records': { items: [aContactRecord()] },
      'POST /api/contact/reports': created,
      'POST /api/contact/reports/9/submit': submitted,
      'GET /api/contact/reports/9': submitted,
    });
    const { router } = renderApp(api, '/contact-reports/new?customerId=26&contactRecordId=501');
    expect(await screen.findByRole('heading', { name: '撰写客户沟通报告' })).toBeTruthy();
    expect(screen.getByText(/曾婷敏（C000026）/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('沟通要点'), '客户关注养老规划');
    await user.click(screen.getByRole('button', { name: '提交审阅' }));
    expect(screen.getAllByText('提交前请填写此项')).toHaveLength(2);
    expect(api.bodiesOf('POST /api/contact/reports')).toEqual([]);
    await user.type(screen.getByLabelText('客户需求或问题'), '希望稳健增值');
    await user.type(screen.getByLabelText('下一步行动'), '下周三上门');
    await user.click(screen.getByRole('button', { name: '提交审阅' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/contact/reports/9/submit')).toEqual([{ version: 1 }]));
    expect(api.bodiesOf('POST /api/contact/reports')).toEqual([
      { customerId: '26', contactRecordId: '501', metOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), keyPoints: '客户关注养老规划', needs: '希望稳健增值', nextActions: '下周三上门' },
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/contact-reports/9'));
    expect(await screen.findByText('待审阅')).toBeTruthy();
    // Once submitted, the author reads it and can no longer change it.
    expect(screen.queryByRole('button', { name: '保存草稿' })).toBeNull();
  });

  it('shows why a report was returned, and saves the edit with the version read', async () => {
    const returned = aReport({
      status: 'RETURNED',
      version: 4,
      review: { decision: 'RETURNED', reviewer: { staffNo: 'S00010', name: '王敏' }, ratings: null, comment: '请补充客户的风险偏好', reviewedAt: '2026-11-25T06:00:00.000Z' },
      history: [
        { from: null, to: 'DRAFT', by: { staffNo: 'S00009', name: '李瑶玉' }, ratings: null, comment: '', at: '2026-11-25T02:00:00.000Z' },
        { from: 'DRAFT', to: 'SUBMITTED', by: { staffNo: 'S00009', name: '李瑶玉' }, ratings: null, comment: '', at: '2026-11-25T03:00:00.000Z' },
        { from: 'SUBMITTED', to: 'RETURNED', by: { staffNo: 'S00010', name: '王敏' }, ratings: null, comment: '请补充客户的风险偏好', at: '2026-11-25T06:00:00.000Z' },
      ],
    });
    const api = fakeApi({
      'GET /api/auth/me': rm,
      'GET /api/contact/reports/9': returned,
      'GET /api/customers/26/contact-records': { items: [] },
      'PUT /api/contact/reports/9': aReport({ ...returned, version: 5, needs: '希望稳健增值；风险偏好：稳健型' }),
    });
    renderApp(api, '/contact-reports/9');
    expect(await screen.findByText('报告被退回')).toBeTruthy();
    expect(screen.getByText(/王敏（S00010） 于 .+ 退回：请补充客户的风险偏好/)).toBeTruthy();
    const history = screen.getByRole('region', { name: '流转记录' });
    expect(within(history).getByText(/王敏（S00010） 于 .+：已退回/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('客户需求或问题'), '；风险偏好：稳健型');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() =>
      expect(api.bodiesOf('PUT /api/contact/reports/9')).toEqual([
        { version: 4, contactRecordId: null, metOn: '2026-11-25', keyPoints: '客户关注养老规划', needs: '希望稳健增值；风险偏好：稳健型', nextActions: '下周三上门介绍养老产品' },
      ]),
    );
  });

  it('shows a refusal of the server, such as a change made elsewhere first', async () => {
    const api = fakeApi({
      'GET /api/auth/me': rm,
      'GET /api/contact/reports/9': aReport(),
      'GET /api/customers/26/contact-records': { items: [] },
      'PUT /api/contact/reports/9': apiError(409, 'COMMUNICATION_REPORT_VERSION_CONFLICT', '该报告已被他人修改或审阅，本次操作未生效；请刷新后重试'),
    });
    renderApp(api, '/contact-reports/9');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '保存草稿' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请刷新后重试');
  });

  it('asks for a customer when opened without one', async () => {
    renderApp(fakeApi({ 'GET /api/auth/me': rm }), '/contact-reports/new');
    expect(await screen.findByText('请从客户视图打开报告编辑器（缺少客户）。')).toBeTruthy();
  });
});
