import { withDatabase } from "./db/connection";
import { migrateDeploy } from "./db/migrate";

await withDatabase((url) => migrateDeploy(url));
