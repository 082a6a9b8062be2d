import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { savedFilter, savedFilterBody, savedFilterList, savedFilterParams } from './saved-filters.schemas.ts';
import { createFilter, listFilters, removeFilter, replaceFilter } from './saved-filters.service.ts';

const TAGS = ['saved filters'];
// Whoever may search customers may keep their searches.
const PERMISSION = 'customer.read.limited';

/** A staff member's own saved customer searches (docs/customer-api.md "Saved filters"). */
export const savedFilterRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  app.get(
    '/api/saved-filters',
    {
      config: { permission: PERMISSION },
      schema: { tags: TAGS, summary: 'Your saved customer searches, by name', response: { 200: savedFilterList, 401: errorBody, 403: errorBody } },
    },
    async (request) => listFilters(context, callerOf(request)),
  );

  app.post(
    '/api/saved-filters',
    {
      config: { permission: PERMISSION },
      schema: {
        tags: TAGS,
        summary: 'Save a customer search under a name (no phone or ID number)',
        body: savedFilterBody,
        response: { 201: savedFilter, 400: errorBody, 401: errorBody, 403: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await createFilter(context, callerOf(request), request.body)),
  );

  app.put(
    '/api/saved-filters/:id',
    {
      config: { permission: PERMISSION },
      schema: {
        tags: TAGS,
        summary: 'Rename or change one of your saved searches',
        params: savedFilterParams,
        body: savedFilterBody,
        response: { 200: savedFilter, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => replaceFilter(context, callerOf(request), BigInt(request.params.id), request.body),
  );

  app.delete(
    '/api/saved-filters/:id',
    {
      config: { permission: PERMISSION },
      schema: {
        tags: TAGS,
        summary: 'Delete one of your saved searches',
        params: savedFilterParams,
        response: { 204: z.null().describe('deleted'), 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await removeFilter(context, callerOf(request), BigInt(request.params.id));
      return reply.status(204).send(null);
    },
  );
};
