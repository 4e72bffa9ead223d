import type accounts from "../messages/vi/accounts.json";
import type admin from "../messages/vi/admin.json";
import type backoffice from "../messages/vi/backoffice.json";
import type catalog from "../messages/vi/catalog.json";
import type certificates from "../messages/vi/certificates.json";
import type common from "../messages/vi/common.json";
import type errors from "../messages/vi/errors.json";
import type fairs from "../messages/vi/fairs.json";
import type forms from "../messages/vi/forms.json";
import type health from "../messages/vi/health.json";
import type home from "../messages/vi/home.json";
import type ideas from "../messages/vi/ideas.json";
import type jobs from "../messages/vi/jobs.json";
import type listings from "../messages/vi/listings.json";
import type orders from "../messages/vi/orders.json";
import type profile from "../messages/vi/profile.json";
import type programme from "../messages/vi/programme.json";
import type trace from "../messages/vi/trace.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: {
      accounts: typeof accounts; admin: typeof admin; backoffice: typeof backoffice; catalog: typeof catalog;
      certificates: typeof certificates; common: typeof common; errors: typeof errors; fairs: typeof fairs;
      forms: typeof forms; health: typeof health; home: typeof home; ideas: typeof ideas; jobs: typeof jobs;
      listings: typeof listings; orders: typeof orders; profile: typeof profile; programme: typeof programme; trace: typeof trace;
    };
  }
}
