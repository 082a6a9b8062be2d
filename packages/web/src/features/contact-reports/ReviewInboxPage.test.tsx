import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aReport, aSession, withListKinds } from './contact-reports.test-data.ts';

const head = aSession('OUTLET_HEAD', { staffNo: 'S00010', name: '王敏' });
const submitted = aReport({ status: 'SUBMITTED', version: 2, actions: ['REVIEW', 'RETURN'], submittedAt: '2026-11-25T03:00:00.000Z' });
const REVIEW = 'POST /api/contact/reports/9/review';

describe('report review inbox', () => {
  it('approves with the three ratings, which it asks for first, and reads the inbox again', async () => {
    const api = withListKinds(
      fakeApi({
        'GET /api/auth/me': head,
        'GET /api/contact/reports~inbox': [json(200, { items: [submitted] }), json(200, { items: [] })],
        [REVIEW]: aReport({ status: 'REVIEWED', version: 3, actions: [] }),
      }),
    );
    renderApp(api, '/report-reviews');
    const inbox = await screen.findByRole('table', { name: '待我审阅' });
    expect(within(inbox).getByText('客户关注养老规划')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(inbox).getByRole('button', { name: '审阅' }));
    const dialog = await screen.findByRole('dialog', { name: '审阅 曾婷敏（C000026） 的沟通报告（李瑶玉（S00009））' });
    expect(within(dialog).getByText('下周三上门介绍养老产品')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '审阅通过' }));
    expect(within(dialog).getByText('审阅通过须给出三项评分')).toBeTruthy();
    expect(api.bodiesOf(REVIEW)).toEqual([]);
    const rate = async (label: string, value: string) => user.click(within(within(dialog).getByRole('radiogroup', { name: label })).getByRole('radio', { name: value }).closest('label')!);
    await rate('沟通成效', '4');
    await rate('合规性', '5');
    await rate('工作进展', '3');
    await user.type(within(dialog).getByLabelText('审阅意见'), '跟进及时');
    await user.click(within(dialog).getByRole('button', { name: '审阅通过' }));
    await waitFor(() =>
      expect(api.bodiesOf(REVIEW)).toEqual([{ version: 2, decision: 'REVIEWED', effectiveness: 4, compliance: 5, progress: 3, comment: '跟进及时' }]),
    );
    expect(await screen.findByText('没有等待审阅的报告')).toBeTruthy();
  });

  it('returns only with a comment, and shows that another head reviewed it first', async () => {
    const api = withListKinds(
      fakeApi({
        'GET /api/auth/me': head,
        'GET /api/contact/reports~inbox': { items: [submitted] },
        [REVIEW]: apiError(409, 'COMMUNICATION_REPORT_VERSION_CONFLICT', '该报告已被他人修改或审阅，本次操作未生效；请刷新后重试'),
      }),
    );
    renderApp(api, '/report-reviews');
    const inbox = await screen.findByRole('table', { name: '待我审阅' });
    const user = userEvent.setup();
    await user.click(within(inbox).getByRole('button', { name: '审阅' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '退回修改' }));
    expect(within(dialog).getByText('退回须填写审阅意见')).toBeTruthy();
    expect(api.bodiesOf(REVIEW)).toEqual([]);
    await user.type(within(dialog).getByLabelText('审阅意见'), '请补充客户的风险偏好');
    await user.click(within(dialog).getByRole('button', { name: '退回修改' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('已被他人修改或审阅');
    expect(api.bodiesOf(REVIEW)).toEqual([{ version: 2, decision: 'RETURNED', effectiveness: null, compliance: null, progress: null, comment: '请补充客户的风险偏好' }]);
  });

  it('lists the reports the head reviewed with their ratings', async () => {
    const reviewed = aReport({
      status: 'REVIEWED',
      version: 3,
      actions: [],
      review: { decision: 'REVIEWED', reviewer: { staffNo: 'S00010', name: '王敏' }, ratings: { effectiveness: 4, compliance: 5, progress: 3 }, comment: '跟进及时', reviewedAt: '2026-11-25T06:00:00.000Z' },
    });
    const api = withListKinds(fakeApi({ 'GET /api/auth/me': head, 'GET /api/contact/reports~inbox': { items: [] }, 'GET /api/contact/reports~reviewed': { items: [reviewed] } }));
    renderApp(api, '/report-reviews');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: '我已审阅' }));
    const table = await screen.findByRole('table', { name: '我已审阅' });
    expect(within(table).getByText('已审阅')).toBeTruthy();
    expect(within(table).getByText('成效 4 · 合规 5 · 进展 3 — 跟进及时')).toBeTruthy();
  });

  it('is not in the menu of an RM, whose reports are', async () => {
    const api = withListKinds(fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), 'GET /api/contact/reports~mine': { items: [aReport()] } }));
    renderApp(api, '/contact-reports');
    const table = await screen.findByRole('table', { name: '我的沟通报告' });
    expect(within(table).getByRole('link', { name: '修改' }).getAttribute('href')).toBe('/contact-reports/9');
    const navigation = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(navigation).getByRole('link', { name: '沟通报告' })).toBeTruthy();
    expect(within(navigation).queryByRole('link', { name: '报告审阅' })).toBeNull();
  });
});
