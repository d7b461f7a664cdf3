// The floor of the HTTP benches: Hono on @hono/node-server answering one primary-key SELECT
// from better-sqlite3 as JSON, nothing else. FLOOR_DB names the SQLite file; it is created
// with 100k rows if empty.
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

const db = new Database(process.env.FLOOR_DB);
db.pragma('journal_mode = WAL');
db.exec('create table if not exists t (id integer primary key, key text not null, verdict text not null, p real not null)');
if (db.prepare('select count(*) n from t').get().n === 0) {
  const insert = db.prepare('insert into t (id, key, verdict, p) values (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= 100_000; i++) insert.run(i, `+86138${String(i).padStart(8, '0')}`, i % 3 ? 'unknown' : 'likely_scam', (i % 100) / 100);
  })();
}
const byId = db.prepare('select * from t where id = ?');
const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
app.get('/n/:id', (c) => c.json(byId.get(Number(c.req.param('id'))) ?? null));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
