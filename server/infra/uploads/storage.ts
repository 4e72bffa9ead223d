// No `import "server-only"`: the demo seed stores its illustrations outside Next.js (see pipeline.ts).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { readEnv } from "../../../lib/env";

/** Where uploaded files live: local disk for one machine, S3-compatible storage for several. */
export interface Storage {
  put(name: string, body: Buffer, contentType: string): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  /** Removes a file; a file that is not there is not an error. */
  delete(name: string): Promise<void>;
}

/** Files in a folder of this machine (the default, UPLOAD_DIR). */
export function localStorage(dir: string): Storage {
  const root = path.resolve(dir);
  return {
    async put(name, body) {
      await mkdir(root, { recursive: true });
      await writeFile(path.join(root, name), body);
    },
    async get(name) {
      try {
        return await readFile(path.join(root, name));
      } catch {
        return null;
      }
    },
    async delete(name) {
      await rm(path.join(root, name), { force: true });
    },
  };
}

function s3Storage(env: ReturnType<typeof readEnv>): Storage {
  const client = new S3Client({
    region: env.S3_REGION ?? "us-east-1",
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: !!env.S3_ENDPOINT,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
  });
  return {
    async put(name, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: env.S3_BUCKET, Key: name, Body: body, ContentType: contentType }));
    },
    async get(name) {
      try {
        const result = await client.send(new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: name }));
        return result.Body ? Buffer.from(await result.Body.transformToByteArray()) : null;
      } catch {
        return null;
      }
    },
    async delete(name) {
      await client.send(new DeleteObjectCommand({ Bucket: env.S3_BUCKET, Key: name }));
    },
  };
}

export function getStorage(): Storage {
  const env = readEnv();
  return env.S3_BUCKET ? s3Storage(env) : localStorage(env.UPLOAD_DIR);
}
