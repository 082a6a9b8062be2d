import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api/api-error.ts';
import { useServices } from '../../shared/session/session-hooks.ts';
import type { CardAction, CardType, CardView, CustomerCards, IssuingOutlet, LevelsBody, ReceiptBody, StockList, TransferBody } from './card-types.ts';

const CARDS = ['cards'] as const;
const STOCK = ['card-stock'] as const;

/** A customer's cards by customer number (in the body: POST /api/cards/search). */
export function useCardsByCustomerNo(customerNo: string) {
  const { api } = useServices();
  return useQuery<CustomerCards>({
    queryKey: [...CARDS, 'by-no', customerNo],
    queryFn: ({ signal }) => unwrap(api.POST('/api/cards/search', { body: { customerNo }, signal })),
    enabled: customerNo !== '',
    retry: false,
  });
}

export function useCustomerCards(customerId: string, enabled = true) {
  const { api } = useServices();
  return useQuery<CustomerCards>({
    queryKey: [...CARDS, 'customer', customerId],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/customers/{customerId}/cards', { params: { path: { customerId } }, signal })),
  });
}

export function useCardTypes() {
  const { api } = useServices();
  return useQuery<CardType[]>({
    queryKey: ['card-types'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/card-types', { signal }))).items,
    staleTime: 5 * 60_000,
  });
}

export function useApplyForCard() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<CardView, unknown, { customerId: string; cardTypeId: number; reason?: string }>({
    mutationFn: (body) => unwrap(api.POST('/api/cards', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CARDS }),
  });
}

export interface ActionRequest {
  cardId: string;
  action: CardAction;
  reason?: string;
  cardTypeId?: number;
}

/** One lifecycle action; each has its own route (and permission) on the server. */
export function useCardAction() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation<{ card: CardView; replacement: CardView | null }, unknown, ActionRequest>({
    mutationFn: ({ cardId, action, reason, cardTypeId }) => {
      const path = { params: { path: { cardId } } };
      const withReason = reason ? { reason } : {};
      switch (action) {
        case 'approve':
          return unwrap(api.POST('/api/cards/{cardId}/approve', { ...path, body: withReason }));
        case 'issue':
          return unwrap(api.POST('/api/cards/{cardId}/issue', { ...path, body: withReason }));
        case 'report-lost':
          return unwrap(api.POST('/api/cards/{cardId}/report-lost', { ...path, body: withReason }));
        case 'reissue':
          return unwrap(api.POST('/api/cards/{cardId}/reissue', { ...path, body: withReason }));
        case 'renew':
          return unwrap(api.POST('/api/cards/{cardId}/renew', { ...path, body: withReason }));
        case 'exchange':
          return unwrap(api.POST('/api/cards/{cardId}/exchange', { ...path, body: { cardTypeId: cardTypeId!, ...withReason } }));
        case 'cancel':
          return unwrap(api.POST('/api/cards/{cardId}/cancel', { ...path, body: { reason: reason ?? '' } }));
      }
    },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: CARDS }), queryClient.invalidateQueries({ queryKey: STOCK })]),
  });
}

export function useCardStock() {
  const { api } = useServices();
  return useQuery<StockList['items']>({
    queryKey: STOCK,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/card-stock', { signal }))).items,
  });
}

export function useIssuingOutlets() {
  const { api } = useServices();
  return useQuery<IssuingOutlet[]>({
    queryKey: ['card-issuing-outlets'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/card-issuing-outlets', { signal }))).items,
  });
}

/** Receipts, transfers and alert levels each answer with the stock list, which replaces the cached one. */
export function useStockWrite() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const onSuccess = (list: StockList) => queryClient.setQueryData(STOCK, list.items);
  return {
    receipt: useMutation<StockList, unknown, ReceiptBody>({ mutationFn: (body) => unwrap(api.POST('/api/card-stock/receipts', { body })), onSuccess }),
    transfer: useMutation<StockList, unknown, TransferBody>({ mutationFn: (body) => unwrap(api.POST('/api/card-stock/transfers', { body })), onSuccess }),
    levels: useMutation<StockList, unknown, LevelsBody>({ mutationFn: (body) => unwrap(api.PUT('/api/card-stock/levels', { body })), onSuccess }),
  };
}
