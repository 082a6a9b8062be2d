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
    expect(screen.getByText(/ROLLING_QUARTER_AVG 1,234,100.00 ≥ 金卡 100,000.00/)).toBeTruthy();
    expect(await screen.findByRole('img', { name: /2026\/09\/30 ¥1,234,567.89/ })).toBeTruthy();
    expect(api.requests.filter((r) => r.path.startsWith('/api/customers'))).toHaveLength(1);
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
