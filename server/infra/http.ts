import "server-only";
import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";

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

/** Wraps a route handler so that every failure becomes a clean JSON error. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A request's body as text, refused with PAYLOAD_TOO_LARGE (413) when it is over `limitBytes`: at
 * once from its Content-Length, before a byte is read, and otherwise (a chunked body) as soon as
 * more than that has arrived — never buffered whole first.
 */
export async function readBodyWithin(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) throw new AppError("PAYLOAD_TOO_LARGE", `body over ${limitBytes} bytes`);
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `body over ${limitBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** State-changing route handlers accept only requests from our own origin (CSRF). */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) throw new AppError("FORBIDDEN", "missing Origin header");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (new URL(origin).host !== host) throw new AppError("FORBIDDEN", "cross-origin request");
}
