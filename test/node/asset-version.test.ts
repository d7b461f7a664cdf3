import { describe, expect, it } from 'vitest';
import { pageJs } from '../../src/web/assets/page-js';
import { siteCss } from '../../src/web/assets/site-css';
import { ASSET_VERSION, contentVersion } from '../../src/web/layout';
import { createHarness } from '#harness';

describe('asset URLs change with the assets', () => {
  it('versions the stylesheet and script by their content', () => {
    expect(ASSET_VERSION).toBe(contentVersion(siteCss + pageJs));
    expect(contentVersion(siteCss + pageJs + ' ')).not.toBe(ASSET_VERSION);
    expect(ASSET_VERSION).toMatch(/^[0-9a-f]{8}$/);
  });

  it('pages link the versioned assets', async () => {
    const h = await createHarness();
    try {
      const html = await (await h.request('http://site.test/')).text();
      expect(html).toContain(`/assets/site.css?v=${ASSET_VERSION}`);
      expect(html).toContain(`/assets/page.js?v=${ASSET_VERSION}`);
    } finally {
      await h.close();
    }
  });
});
