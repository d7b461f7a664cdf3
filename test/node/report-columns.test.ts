import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { REPORT_COLUMNS } from '../../src/db/report-columns';
import { reports } from '../../src/db/schema';

describe('the write path’s prepared report statements', () => {
  it('name exactly the columns of the reports table in the schema', () => {
    const schemaColumns = getTableConfig(reports).columns.map((c) => c.name);
    expect([...REPORT_COLUMNS].sort()).toEqual([...schemaColumns].sort());
  });
});
