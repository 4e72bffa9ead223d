import "server-only";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";

/** Maps any error to a JSON response: AppError by its code, zod errors as 400 with the issues. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  if (error instanceof ZodError) {
    return Response.json(
      {
        error: "VALIDATION",
        issues: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code })),
      },
      { status: 400, headers },
    );
  }
  if (isAppError(error)) {
    return Response.json({ error: error.code, message: error.message, details: error.details }, { status: error.status, headers });
  }
  console.error(error);
  return Response.json({ error: "INTERNAL" }, { status: 500, headers });
}

export interface RouteOptions {
  /** Open data (`/api/v1`): errors carry the CORS header too, so browsers can read a 400's body. */
  open?: boolean;
}

/** The one wrapper of every route handler: parse, authorize, call the domain, respond; any failure becomes a clean JSON error. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>, options: RouteOptions = {}) {
  const headers = options.open ? { "Access-Control-Allow-Origin": "*" } : undefined;
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, headers);
    }
  };
}
