import 'server-only';
import type { NextRequest } from 'next/server';
import { imageIdSchema } from '@/lib/glance/schemas';
import { isSameOrigin } from '@/lib/http/request-context';
import { getSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { foreignOrigin, jsonError, unauthenticated, upstreamErrorResponse } from './responses';

/** What a route handler wrapped here receives: the request and its live session. */
export interface SessionRouteContext {
  request: NextRequest;
  session: Session;
}

export interface ImageRouteContext extends SessionRouteContext {
  imageId: string;
}

interface RouteOptions {
  /** How this route reads the session; the download and upload routes read the raw request's headers. */
  readSession?: (request: NextRequest) => Session | null | Promise<Session | null>;
  /** The 403 message for a mutating request from another origin. */
  foreignOriginMessage?: string;
}

type ImageParams = { params: Promise<{ imageId: string }> };

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function opening(request: NextRequest, action: string, options: RouteOptions): Promise<Session | Response> {
  const session = await (options.readSession ?? getSession)(request);
  if (!session) return unauthenticated(action);
  if (MUTATING.has(request.method) && !isSameOrigin(request.headers)) {
    return foreignOrigin(action, options.foreignOriginMessage ?? 'Changes are accepted only from Iris’s own pages.', session);
  }
  return session;
}

async function answer(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}

/**
 * A route handler for a signed-in user: 401 without a session (logged as `action`), 403 for a
 * mutating request from another origin, upstream failures mapped to JSON errors.
 */
export function sessionRoute(action: string, handler: (context: SessionRouteContext) => Promise<Response>, options: RouteOptions = {}) {
  return async (request: NextRequest): Promise<Response> => {
    const session = await opening(request, action, options);
    if (session instanceof Response) return session;
    return answer(() => handler({ request, session }));
  };
}

/** The same for a route under `[imageId]`: a malformed ID answers 400 before Glance is asked. */
export function imageRoute(action: string, handler: (context: ImageRouteContext) => Promise<Response>, options: RouteOptions = {}) {
  return async (request: NextRequest, { params }: ImageParams): Promise<Response> => {
    const session = await opening(request, action, options);
    if (session instanceof Response) return session;
    const id = imageIdSchema.safeParse((await params).imageId);
    if (!id.success) return jsonError(400, 'That is not a valid image ID.');
    return answer(() => handler({ request, session, imageId: id.data }));
  };
}
