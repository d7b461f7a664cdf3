/**
 * SQL for merging JSON maps in place. A number's aggregates live in JSON columns
 * (docs/data-model.md); adding a delta map to a stored map in one `UPDATE` keeps every write
 * a commutative increment, so concurrent writers cannot lose each other's counts on either
 * runtime, and a batch updates any number of rows with one statement.
 */

/**
 * `stored + delta` key by key, dropping keys that reach zero. `stored` and `delta` are SQL
 * expressions that yield JSON objects of numbers.
 *
 * @example
 * `update number_stats set tags = ${mergedCounts('number_stats.tags', 'excluded.tags')} …`
 */
export function mergedCounts(stored: string, delta: string, keyFilter = ''): string {
  return `(select json_group_object(key, total) from (
    select key, sum(value) as total from (
      select key, value from json_each(${stored}) union all select key, value from json_each(${delta})
    ) ${keyFilter ? `where ${keyFilter}` : ''} group by key
  ) where total <> 0)`;
}

/** A JSON object of the map's entries that are not zero. */
export function mapJson(map: ReadonlyMap<string, number>): string {
  const out: Record<string, number> = {};
  for (const [key, value] of map) if (value !== 0) out[key] = value;
  return JSON.stringify(out);
}
