import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aPolicyList, aPolicyVersion, someVersions } from './policy-test-data.ts';

const VERSIONS = 'GET /api/tier-policies/rolling-quarter-2020';
const DRAFTS = 'POST /api/tier-policies/drafts';
const ACTIVATE_2 = 'POST /api/tier-policies/rolling-quarter-2020/versions/2/activate';

describe('tier policy list', () => {
  it('shows each code with its active version, metric and thresholds, linking to the code', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('TELLER'), 'GET /api/tier-policies': aPolicyList() });
    renderApp(api, '/policies');
    const table = await screen.findByRole('table', { name: '分层政策' });
    const row = within(table).getByRole('link', { name: 'three-months-hongmian' }).closest('tr')!;
    expect(within(row).getByText('连续三个月日均')).toBeTruthy();
    expect(within(row).getByText('¥300,000.00')).toBeTruthy();
    expect(within(row).getByText('¥5,000,000.00')).toBeTruthy();
    expect(within(row).getByText('第 1 版')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'rolling-quarter-2020' }).getAttribute('href')).toBe('/policies/rolling-quarter-2020');
  });
});

describe('tier policy page', () => {
  it('lists the versions with their state and who stored them; no write buttons without tier-policy.write', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('BRANCH_ADMIN'), [VERSIONS]: someVersions() });
    renderApp(api, '/policies/rolling-quarter-2020');
    const table = await screen.findByRole('table', { name: '版本列表' });
    expect(within(table).getByText('草稿')).toBeTruthy();
    expect(within(table).getByText('生效中')).toBeTruthy();
    expect(within(table).getByText(/H00001/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '新建版本' })).toBeNull();
    expect(screen.queryByRole('button', { name: '启用第 2 版' })).toBeNull();
    expect(screen.queryByRole('link', { name: '模拟第 2 版' })).toBeNull();
    // Viewing a version shows its thresholds.
    await userEvent.setup().click(screen.getByRole('button', { name: '查看第 2 版' }));
    expect(await screen.findByRole('table', { name: '第 2 版门槛' })).toBeTruthy();
    expect(screen.getByText('¥50,000.00')).toBeTruthy();
  });

  it('shows the server\'s problems at their fields, then saves the corrected draft', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('HQ_WEALTH_ADMIN'), [VERSIONS]: someVersions() });
    api.answer(DRAFTS, [
      apiError(422, 'TIER_POLICY_INVALID', '等级政策无效：2 处问题，见 details.problems', {
        problems: [
          { path: 'tiers[1].threshold', message: 'PLATINUM 50,000.00 must be greater than GOLD 100,000.00' },
          { path: 'code', message: 'not a policy code' },
        ],
      }),
      json(201, { created: true, policy: aPolicyVersion({ version: 3, active: false, status: 'DRAFT', activatedAt: null, activatedBy: null }) }),
    ]);
    renderApp(api, '/policies/rolling-quarter-2020');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '新建版本' }));
    const platinum = await screen.findByRole('textbox', { name: '白金门槛（元）' });
    // Prefilled from the active version.
    expect((platinum as HTMLInputElement).value).toBe('500000.00');
    await user.clear(platinum);
    await user.type(platinum, '50000');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    expect(await screen.findByText('PLATINUM 50,000.00 must be greater than GOLD 100,000.00')).toBeTruthy();
    // At the field: the message is the platinum threshold's own help text.
    const help = document.getElementById(platinum.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('must be greater than GOLD');
    // A problem no field holds is listed above the form.
    expect(screen.getByText('code: not a policy code')).toBeTruthy();
    expect(api.bodiesOf(DRAFTS)[0]).toMatchObject({
      code: 'rolling-quarter-2020',
      metric: 'ROLLING_QUARTER_AVG',
      tiers: [
        { tier: 'GOLD', threshold: '100000.00' },
        { tier: 'PLATINUM', threshold: '50000' },
        { tier: 'DIAMOND', threshold: '1000000.00' },
        { tier: 'PRIVATE', threshold: '6000000.00' },
      ],
      graceMonths: 3,
      autoUpgrade: false,
    });

    await user.clear(platinum);
    await user.type(platinum, '300000.00');
    await waitFor(() => expect(screen.queryByText('PLATINUM 50,000.00 must be greater than GOLD 100,000.00')).toBeNull());
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(await screen.findByText('已保存为草稿：第 3 版')).toBeTruthy();
    expect((api.bodiesOf(DRAFTS)[1] as { tiers: { threshold: string }[] }).tiers[1]!.threshold).toBe('300000.00');
    expect(screen.queryByRole('button', { name: '保存为草稿' })).toBeNull();
  });

  it('activates a draft only after confirmation, and says what activation changes', async () => {
    const activated = aPolicyVersion({ version: 2, activatedBy: 'H00001' });
    const api = fakeApi({
      'GET /api/auth/me': aSession('HQ_WEALTH_ADMIN'),
      [VERSIONS]: someVersions(),
      [ACTIVATE_2]: { changed: true, previousVersion: 1, policy: activated, effect: '自现在起，等级政策 rolling-quarter-2020 的评定使用第 2 版。' },
    });
    renderApp(api, '/policies/rolling-quarter-2020');
    const user = userEvent.setup();
    expect((await screen.findByRole('link', { name: '模拟第 2 版' })).getAttribute('href')).toBe('/simulator?code=rolling-quarter-2020&version=2');
    await user.click(screen.getByRole('button', { name: '启用第 2 版' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/已有的评定结果保留其所用版本/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '取 消' }));
    expect(api.bodiesOf(ACTIVATE_2)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '启用第 2 版' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认启用' }));
    expect(await screen.findByText('自现在起，等级政策 rolling-quarter-2020 的评定使用第 2 版。')).toBeTruthy();
    expect(api.bodiesOf(ACTIVATE_2)).toHaveLength(1);
    expect(api.requests.filter((r) => r.path === '/api/tier-policies/rolling-quarter-2020' && r.method === 'GET').length).toBeGreaterThan(1);
  });

  it('keeps a refused activation in the dialog', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('HQ_WEALTH_ADMIN'),
      [VERSIONS]: someVersions(),
      [ACTIVATE_2]: apiError(409, 'TIER_POLICY_VERSION_SUPERSEDED', '不能启用第 2 版：更高的第 3 版已用于评定'),
    });
    renderApp(api, '/policies/rolling-quarter-2020');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '启用第 2 版' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认启用' }));
    expect(await within(screen.getByRole('dialog')).findByText('不能启用第 2 版：更高的第 3 版已用于评定')).toBeTruthy();
  });
});
