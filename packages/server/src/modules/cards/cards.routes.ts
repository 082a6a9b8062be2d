import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import type { CardAction } from './card-lifecycle.rules.ts';
import { ACTION_PERMISSION } from './card-lifecycle.rules.ts';
import * as admin from './card-admin.service.ts';
import {
  actionBody,
  actionResponse,
  applyBody,
  cancelBody,
  card,
  cardIdParams,
  cardSearchBody,
  cardType,
  cardTypeBody,
  cardTypeIdParams,
  cardTypeList,
  customerCards as customerCardsSchema,
  customerIdParams,
  exchangeBody,
  issuingOutletBody,
  issuingOutletList,
  issuingOutletParams,
  levelsBody,
  receiptBody,
  stockList,
  transferBody,
} from './cards.schemas.ts';
import { actOnCard, applyForCard, customerCards, searchCards } from './cards.service.ts';

const TAGS = ['cards'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

const ACTION_SUMMARIES: Record<CardAction, string> = {
  approve: 'Approve a card application (applied → approved)',
  issue: 'Issue an approved card at your outlet: a number is drawn and one blank taken from stock',
  'report-lost': 'Report a card lost',
  reissue: 'Reissue a lost card at the same tier (补卡): a new card and number',
  renew: 'Renew a card due for renewal: a new card valid two years',
  exchange: "Exchange a card for the card of the customer's new service tier (晋级/降级换卡)",
  cancel: 'Cancel a card or an application (reason required)',
};

/** VIP cards (docs/api.md "VIP cards"; DOMAIN.md §5). */
export const cardRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    const path = route.slice(route.indexOf(' ') + 1);
    return path.startsWith('/api/cards') || path.endsWith('/cards') ? route : undefined;
  });

  app.post(
    '/api/cards/search',
    {
      config: { permission: 'card.read' },
      schema: {
        tags: TAGS,
        summary: "A customer's cards, by customer number or by a card number (in the body, never the URL); numbers masked",
        body: cardSearchBody,
        response: { 200: customerCardsSchema, ...errors },
      },
    },
    async (request) => searchCards(context, callerOf(request), request.body),
  );

  app.get(
    '/api/customers/:customerId/cards',
    {
      config: { permission: 'card.read' },
      schema: { tags: TAGS, summary: "A customer's cards with state, expiry and history (numbers masked)", params: customerIdParams, response: { 200: customerCardsSchema, ...errors } },
    },
    async (request) => customerCards(context, callerOf(request), BigInt(request.params.customerId)),
  );

  app.post(
    '/api/cards',
    {
      config: { permission: 'card.operate' },
      schema: { tags: TAGS, summary: 'Apply for a card for a customer of the matching service tier', body: applyBody, response: { 201: card, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await applyForCard(context, callerOf(request), request.body)),
  );

  for (const action of Object.keys(ACTION_SUMMARIES) as CardAction[]) {
    const body = action === 'exchange' ? exchangeBody : action === 'cancel' ? cancelBody : actionBody;
    app.post(
      `/api/cards/:cardId/${action}`,
      {
        config: { permission: ACTION_PERMISSION[action] },
        schema: { tags: TAGS, summary: ACTION_SUMMARIES[action], params: cardIdParams, body, response: { 200: actionResponse, ...errors } },
      },
      async (request) => actOnCard(context, callerOf(request), BigInt(request.params.cardId), action, request.body as { reason?: string; cardTypeId?: number }),
    );
  }

  app.get(
    '/api/card-types',
    { config: { permission: 'card.read' }, schema: { tags: TAGS, summary: 'Card types: tiers served, BIN, number length', response: { 200: cardTypeList, 401: errorBody, 403: errorBody } } },
    async () => admin.cardTypes(context),
  );
  app.post(
    '/api/card-types',
    { config: { permission: 'card-type.manage' }, schema: { tags: TAGS, summary: 'Define a card type', body: cardTypeBody, response: { 201: cardType, ...errors } } },
    async (request, reply) => reply.status(201).send(await admin.createCardType(context, callerOf(request), request.body)),
  );
  app.put(
    '/api/card-types/:cardTypeId',
    {
      config: { permission: 'card-type.manage' },
      schema: { tags: TAGS, summary: 'Change a card type (new BIN or length applies to cards issued from now on)', params: cardTypeIdParams, body: cardTypeBody, response: { 200: cardType, ...errors } },
    },
    async (request) => admin.updateCardType(context, callerOf(request), request.params.cardTypeId, request.body),
  );

  app.get(
    '/api/card-issuing-outlets',
    { config: { permission: 'card.read' }, schema: { tags: TAGS, summary: 'Outlets flagged as issuing outlets', response: { 200: issuingOutletList, 401: errorBody, 403: errorBody } } },
    async () => admin.issuingOutlets(context),
  );
  app.put(
    '/api/card-issuing-outlets/:issuingOutletId',
    {
      config: { permission: 'card-type.manage' },
      schema: { tags: TAGS, summary: 'Flag or unflag an outlet as an issuing outlet', params: issuingOutletParams, body: issuingOutletBody, response: { 200: issuingOutletList, ...errors } },
    },
    async (request) => admin.setIssuingOutlet(context, callerOf(request), request.params.issuingOutletId, request.body.issuing),
  );

  app.get(
    '/api/card-stock',
    { config: { permission: 'card.read' }, schema: { tags: TAGS, summary: 'Card stock per issuing outlet and card type in your scope, with alerts', response: { 200: stockList, 401: errorBody, 403: errorBody } } },
    async (request) => admin.stock(context, callerOf(request), false),
  );
  app.get(
    '/api/card-stock/alerts',
    { config: { permission: 'card.read' }, schema: { tags: TAGS, summary: 'Stock rows in shortage or overstock', response: { 200: stockList, 401: errorBody, 403: errorBody } } },
    async (request) => admin.stock(context, callerOf(request), true),
  );
  app.post(
    '/api/card-stock/receipts',
    { config: { permission: 'card-stock.manage' }, schema: { tags: TAGS, summary: 'Record blank cards received by an issuing outlet', body: receiptBody, response: { 200: stockList, ...errors } } },
    async (request) => admin.receive(context, callerOf(request), request.body),
  );
  app.post(
    '/api/card-stock/transfers',
    { config: { permission: 'card-stock.manage' }, schema: { tags: TAGS, summary: 'Transfer blank cards between issuing outlets', body: transferBody, response: { 200: stockList, ...errors } } },
    async (request) => admin.transfer(context, callerOf(request), request.body),
  );
  app.put(
    '/api/card-stock/levels',
    { config: { permission: 'card-stock.manage' }, schema: { tags: TAGS, summary: 'Set the shortage and overstock alert levels of an outlet and card type', body: levelsBody, response: { 200: stockList, ...errors } } },
    async (request) => admin.updateLevels(context, callerOf(request), request.body),
  );
};
