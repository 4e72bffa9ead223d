import { hash, verify, type Algorithm } from "@node-rs/argon2";

// OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
// Algorithm is a const enum (not importable under isolatedModules): 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
