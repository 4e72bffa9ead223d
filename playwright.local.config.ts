import base from "./playwright.config";
// Local only (not committed): a longer build timeout while the shared machine is loaded.
export default { ...base, webServer: { ...(base.webServer as object), timeout: 3_000_000 } };
