/**
 * SQL for merging JSON maps in place. A number's aggregates live in JSON columns
 * (docs/data-model.md); adding a delta map to a stored map in one `UPDATE` keeps every write
 * a commutative increment, so concurrent writers cannot lose each other's counts on either
 * runtime, and a batch updates any number of rows with one statement.
 */

/**
 * `stored + delta` key by key; keys that reach zero are dropped. Only the delta's keys are
 * visited (a merge patch of their new totals), so a write costs what it changes, not what
 * the row holds. `stored` and `delta` are SQL expressions yielding JSON objects of numbers.
 *
 * @example
 * `update number_stats set tags = ${mergedCounts('number_stats.tags', 'excluded.tags')} …`
 */
export function mergedCounts(stored: string, delta: string): string {
  return `json_patch(${stored}, (select json_group_object(d.key, nullif(coalesce(s.value, 0) + d.value, 0))
    from json_each(${delta}) d left join json_each(${stored}) s on s.key = d.key))`;
}

/**
 * {@link mergedCounts} for a map keyed by day that keeps only days from a cutoff on (two `?`
 * parameters, both the cutoff day). Days arrive in order, so the first key is the oldest: the
 * whole map is rebuilt only when it holds a day before the cutoff.
 */
export function mergedRecentDays(stored: string, delta: string): string {
  return `case when (select key from json_each(${stored}) limit 1) < ? then
    (select json_group_object(key, total) from (
      select key, sum(value) as total from (select key, value from json_each(${stored}) union all select key, value from json_each(${delta}))
      where key >= ? group by key
    ) where total <> 0)
  else ${mergedCounts(stored, delta)} end`;
}

/** A JSON object of the map's entries that are not zero. */
export function mapJson(map: ReadonlyMap<string, number>): string {
  let out = '';
  for (const [key, value] of map) if (value !== 0) out += `${out ? ',' : ''}${JSON.stringify(key)}:${value}`;
  return `{${out}}`;
}
