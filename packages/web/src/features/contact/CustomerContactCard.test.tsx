import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCustomerFile } from '../../test-support/builders.ts';
import { fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aConsent, aContactEvent, aContactRecord, aSessionWith } from './contact.test-data.ts';
import { mergeTimeline } from './CustomerContactCard.tsx';

const CONSENT = 'GET /api/customers/26/marketing-consent';
const GRANT = 'POST /api/customers/26/marketing-consent';

function answers(role: string) {
  return {
    'GET /api/auth/me': aSessionWith(role),
    'GET /api/customers/26': aCustomerFile(),
    'GET /api/customers/26/contact-records': {
      items: [aContactRecord(), aContactRecord({ id: '502', occurredAt: '2026-11-25T06:00:00.000Z', channel: 'OUTLET_VISIT', purpose: 'SERVICE', notes: '到网点办理续存', nextStep: '', nextStepOn: null })],
    },
    'GET /api/customers/26/contact-events': {
      items: [aContactEvent(), aContactEvent({ id: '302', kind: 'LIFE', type: 'BIRTHDAY', eventDate: '2026-11-22', text: '生日 2026-11-22（86 岁）' })],
    },
    [CONSENT]: aConsent({ SMS: true }),
  };
}

describe('the contact card of the 360', () => {
  it('merges records and events newest first', () => {
    const entries = mergeTimeline(
      [aContactRecord({ id: '1', occurredAt: '2026-11-20T02:30:00.000Z' }), aContactRecord({ id: '2', occurredAt: '2026-11-22T09:00:00.000Z' })],
      [aContactEvent({ id: '3', eventDate: '2026-12-03' }), aContactEvent({ id: '4', eventDate: '2026-11-22' })],
    );
    expect(entries.map((entry) => (entry.kind === 'record' ? `r${entry.record.id}` : `e${entry.event.id}`))).toEqual(['e3', 'r2', 'e4', 'r1']);
  });

  it('shows the timeline and the consent per channel, asked for at the same time as the file', async () => {
    const api = fakeApi(answers('RELATIONSHIP_MANAGER'));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = async (request: Request) => {
      if (new URL(request.url).pathname === '/api/customers/26') await gate;
      return api.fetch(request);
    };
    renderApp({ ...api, fetch }, '/customers/26');
    // The contact endpoints are asked for while the file is still on its way.
    await waitFor(() => expect(api.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/customers/26/contact-records', '/api/customers/26/contact-events', '/api/customers/26/marketing-consent'])));
    release();
    const card = await screen.findByRole('region', { name: '联络记录与营销授权' });
    const entries = await within(card).findAllByTestId('timeline-entry');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('定期存款 ¥500,000.00 到期于 2026-12-03'),
      expect.stringContaining('到网点办理续存'),
      expect.stringContaining('生日 2026-11-22'),
      expect.stringContaining('客户考虑续存三年期'),
    ]);
    expect(entries[3]!.textContent).toContain('下一步：到期前再确认');
    const consent = within(card).getByRole('table', { name: '营销授权（按渠道）' });
    const sms = within(consent).getByText('短信').closest('tr')!;
    expect(within(sms).getByText('已授权')).toBeTruthy();
    expect(within(sms).getByRole('button', { name: '撤回授权 短信' })).toBeTruthy();
    expect(within(within(consent).getByText('微信').closest('tr')!).getByText('未授权')).toBeTruthy();
  });

  it('records a grant with where the customer gave it', async () => {
    const api = fakeApi({ ...answers('RELATIONSHIP_MANAGER'), [GRANT]: json(200, aConsent({ SMS: true, WECHAT: true })) });
    renderApp(api, '/customers/26');
    const card = await screen.findByRole('region', { name: '联络记录与营销授权' });
    const user = userEvent.setup();
    await user.click(await within(card).findByRole('button', { name: '登记授权 微信' }));
    const dialog = await screen.findByRole('dialog', { name: '登记营销授权：微信' });
    await user.click(within(dialog).getByRole('radio', { name: '纸质授权书' }).closest('label')!);
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(api.bodiesOf(GRANT)).toEqual([{ channel: 'WECHAT', granted: true, source: 'FORM' }]));
    expect(await within(card).findByRole('button', { name: '撤回授权 微信' })).toBeTruthy();
  });

  it('offers no consent buttons without marketing-consent.write', async () => {
    const api = fakeApi(answers('WEALTH_ADVISOR'));
    renderApp(api, '/customers/26');
    const card = await screen.findByRole('region', { name: '联络记录与营销授权' });
    await within(card).findByText('已授权');
    expect(within(card).queryByRole('button', { name: /授权/ })).toBeNull();
    // An advisor logs contacts, though.
    expect(within(card).getByRole('button', { name: '记录联络' })).toBeTruthy();
  });
});
