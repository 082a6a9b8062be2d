import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aCustomerFile, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';

// ECharts draws on a canvas, which the test DOM does not have; the chart has its own module.
vi.mock('./AumChart.tsx', () => ({ default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} /> }));

const FILE = 'GET /api/customers/26';
const SHOW = 'POST /api/customers/26/show-in-full';

describe('customer 360', () => {
  it('shows profile, holdings, AUM and the explanation of each month from one request', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), [FILE]: aCustomerFile() });
    renderApp(api, '/customers/26');
    expect(await screen.findByRole('heading', { name: '曾婷敏' })).toBeTruthy();
    // Masked as the server sent them.
    expect(screen.getByText('310113********0484')).toBeTruthy();
    expect(screen.getByText('620000******0068')).toBeTruthy();
    // Money from decimal strings: exact in the table, in 万 for the headline figure.
    expect(screen.getAllByText('¥1,234,567.89').length).toBeGreaterThan(0);
    expect(screen.getByText('¥123.46万')).toBeTruthy();
    expect(screen.getAllByText('余额日期：2026/09/30').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/ROLLING_QUARTER_AVG 1,234,100.00 ≥ 金卡 100,000.00/)).toHaveLength(2);
    expect(await screen.findByRole('img', { name: /2026\/09\/30 ¥1,234,567.89/ })).toBeTruthy();
    // The file comes in one request; the cards of issue 6 (maintainer, service tier, VIP cards)
    // read their own endpoints beside it, never the file again.
    expect(api.requests.filter((r) => r.path === FILE.replace('GET ', ''))).toHaveLength(1);
  });

  it("heads each month with the rule that decided the tier, in the user's language, and shows tier and status", async () => {
    const english = aCustomerFile();
    english.tierHistory = [
      {
        month: '2026-09',
        explanation: {
          ...english.tierHistory[0]!.explanation,
          serviceTier: 'PLATINUM',
          qualifiedTier: 'PLATINUM',
          rule: 'UPGRADED',
          decidingRule: 'ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1',
          lines: ['Qualified tier PLATINUM: ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1.'],
        },
      },
    ];
    english.tier = { ...english.tier, serviceTier: 'PLATINUM', qualifiedTier: 'PLATINUM', status: 'UPGRADED' };
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), [FILE]: english });
    renderApp(api, '/customers/26', 'en');
    await screen.findByRole('heading', { name: '曾婷敏' });
    expect(screen.getByTestId('tier-rule').textContent).toBe('ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1');
    expect(screen.getByText('Qualified tier PLATINUM: ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1.')).toBeTruthy();
    // The Accept-Language the server words the explanation in.
    expect(api.requests.find((r) => r.path === '/api/customers/26')!.headers.get('accept-language')).toMatch(/^en/);
    const tierCard = screen.getByText('Service tier').closest('.ant-descriptions')! as HTMLElement;
    expect(within(tierCard).getAllByText(/Platinum|PLATINUM|白金/).length).toBeGreaterThan(0);
    expect(within(tierCard).getByText(/Upgraded/i)).toBeTruthy();
  });

  it('shows the zh-CN rule as the server words it', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), [FILE]: aCustomerFile() });
    renderApp(api, '/customers/26');
    expect((await screen.findByTestId('tier-rule')).textContent).toBe('ROLLING_QUARTER_AVG 1,234,100.00 ≥ 金卡 100,000.00（rolling-quarter-2020 第1版）');
  });

  it('switches the AUM chart between 90 days and 24 months', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), [FILE]: aCustomerFile() });
    renderApp(api, '/customers/26');
    expect(await screen.findByRole('img', { name: /^近 90 天（日末）: 2026\/09\/30 ¥1,234,567\.89$/ })).toBeTruthy();
    await userEvent.setup().click(screen.getByText('近 24 个月（月日均）'));
    expect(await screen.findByRole('img', { name: /^近 24 个月（月日均）: \S+ ¥1,234,100\.00$/ })).toBeTruthy();
  });

  it('shows a clear "not found or not yours" page with no customer data, and a way back', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      'GET /api/customers/99': apiError(404, 'CUSTOMER_NOT_FOUND', '客户不存在，或不在您的查看范围内'),
    });
    renderApp(api, '/customers/99');
    expect(await screen.findByText('未找到客户')).toBeTruthy();
    expect(screen.getByText('客户不存在，或不在您的管辖范围内。')).toBeTruthy();
    expect(screen.getByRole('link', { name: /返回客户查询/ }).getAttribute('href')).toMatch(/^\/customers/);
    for (const section of ['基本信息', '持仓', '金融资产走势', '等级评定记录']) expect(screen.queryByText(section)).toBeNull();
    expect(screen.queryByRole('button', { name: /显示完整信息/ })).toBeNull();
  });

  it('answers out of scope and nonexistent alike', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      'GET /api/customers/1': apiError(404, 'CUSTOMER_NOT_FOUND', '客户不存在，或不在您的查看范围内'),
      'GET /api/customers/abc': apiError(400, 'REQUEST_INVALID', '请求参数不合法'),
    });
    const { router } = renderApp(api, '/customers/1');
    expect(await screen.findByText('客户不存在，或不在您的管辖范围内。')).toBeTruthy();
    await router.navigate('/customers/abc');
    expect(await screen.findByText('客户不存在，或不在您的管辖范围内。')).toBeTruthy();
  });

  it('offers "show in full" only to roles that hold the permission', async () => {
    const withPermission = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), [FILE]: aCustomerFile() });
    const first = renderApp(withPermission, '/customers/26');
    await screen.findByRole('heading', { name: '曾婷敏' });
    expect(screen.getByRole('button', { name: /显示完整信息/ })).toBeTruthy();
    first.unmount();

    const without = fakeApi({ 'GET /api/auth/me': aSession('BRANCH_ADMIN'), [FILE]: aCustomerFile() });
    renderApp(without, '/customers/26');
    await screen.findByRole('heading', { name: '曾婷敏' });
    expect(screen.queryByRole('button', { name: /显示完整信息/ })).toBeNull();
  });

  it('asks for fields and a reason, shows the values once, and forgets them on closing', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      [FILE]: aCustomerFile(),
      [SHOW]: { customerId: '26', mobile: '17337786769', accountNumbers: [{ accountId: '68', accountNumber: '6200000000000068' }] },
    });
    const { services } = renderApp(api, '/customers/26');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /显示完整信息/ }));
    const dialog = await screen.findByRole('dialog');
    // Nothing is sent without a field and a reason of 5–200 characters.
    await user.click(within(dialog).getByRole('button', { name: /查\s?看/ }));
    expect(await within(dialog).findByText('请至少选择一项')).toBeTruthy();
    expect(within(dialog).getByText('请填写 5–200 个字的原因')).toBeTruthy();
    expect(api.bodiesOf(SHOW)).toHaveLength(0);

    await user.click(within(dialog).getByRole('checkbox', { name: '手机号' }));
    await user.click(within(dialog).getByRole('checkbox', { name: '账号' }));
    await user.type(within(dialog).getByRole('textbox'), '  客户来电核实身份 ');
    await user.click(within(dialog).getByRole('button', { name: /查\s?看/ }));
    expect(await within(dialog).findByText('17337786769')).toBeTruthy();
    expect(within(dialog).getByText(/6200000000000068/)).toBeTruthy();
    expect(api.bodiesOf(SHOW)).toEqual([{ fields: ['MOBILE', 'ACCOUNT_NUMBER'], reason: '客户来电核实身份' }]);
    expect(api.requests.at(-1)!.headers.get('x-csrf-token')).toBe('csrf-token-1');

    await user.click(within(dialog).getByRole('button', { name: /关\s?闭/ }));
    // Nothing is kept: the answer leaves the query client's cache (the dialog's DOM goes with its
    // closing animation, which the test DOM does not play).
    await waitFor(() => expect(services.queryClient.getMutationCache().getAll()).toHaveLength(0));
    // The page still shows the masked value, and opening again starts from the question.
    expect(screen.getByText('173****6769')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /显示完整信息/ }));
    const again = await screen.findByRole('dialog');
    await waitFor(() => expect(within(again).queryByText('17337786769')).toBeNull());
    expect(within(again).getByRole('checkbox', { name: '手机号' })).toBeTruthy();
  });
});
