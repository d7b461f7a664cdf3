// Bindings the workers test project provides (wrangler.toml's DB, the migrations list).
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
