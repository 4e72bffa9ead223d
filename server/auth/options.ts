import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "@/lib/client-ip";
import { readEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { authenticateWithPassword } from "./authenticate";
import type { Role } from "./permissions";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Sessions are JWTs (no session table): every instance verifies them with NEXTAUTH_SECRET alone. */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const forwarded = req.headers?.["x-forwarded-for"];
        const ip = clientIp(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, readEnv().TRUSTED_PROXIES);
        // next-auth turns a thrown error into ?error=<message> on its redirect.
        const user = await authenticateWithPassword(parsed.data.email, parsed.data.password, ip).catch((error: unknown) => {
          if (isAppError(error)) throw new Error(error.code);
          throw error;
        });
        return user
          ? { id: user.id, email: user.email, name: user.name, role: user.role, producerId: user.producerId, regionId: user.regionId }
          : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; role: Role; producerId: string | null; regionId: string | null };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.producerId = signedIn.producerId;
        token.regionId = signedIn.regionId;
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub,
          role: token.role,
          producerId: token.producerId ?? null,
          // Left undefined when the token predates regions (getViewer refuses such an officer session).
          regionId: token.regionId,
        },
      };
    },
  },
};
