import { AppError } from "@/lib/errors";

/**
 * What a use case answered: "OK", or the AppError code it refused with ("VALIDATION" for zod errors).
 * Refusal tests compare codes, so a wrong refusal (403 instead of 404) fails them.
 */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    if (error instanceof Error && error.name === "ZodError") return "VALIDATION";
    throw error;
  }
}
