import "server-only";
import { ZodError } from "zod";
import { addressHasControlCharacter } from "@/lib/control-characters";
import { AppError, isAppError } from "@/lib/errors";

/** Maps any error to a JSON response: AppError by its code, zod errors as 400 with the issues. */
function errorResponse(error: unknown, headers?: HeadersInit): Response {
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

/**
 * The one wrapper of every route handler: parse, authorize, call the domain, respond; any failure becomes
 * a clean JSON error. An address with a control character in it (`?q=%00`: PostgreSQL refuses a NUL) is
 * malformed: 400 before the handler runs.
 */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>, options: RouteOptions = {}) {
  const headers = options.open ? { "Access-Control-Allow-Origin": "*" } : undefined;
  return async (...args: Args): Promise<Response> => {
    try {
      const [request] = args;
      if (request instanceof Request && addressHasControlCharacter(new URL(request.url))) {
        throw new AppError("VALIDATION", "control character in the address");
      }
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, headers);
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
