/**
 * The layers, enforced in `npm test` (docs/architecture.md): domain/ is pure and stands
 * alone; db/ builds on domain/ only; services/ orchestrates db/ and domain/; http/, routes/
 * and web/ are the edge. Lower layers never import higher ones.
 */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules: it imports nothing of the project outside domain/ (npm packages are fine).',
      severity: 'error',
      from: { path: layer('domain') },
      to: { path: '^src/', pathNot: layer('domain') },
    },
    {
      name: 'db-below-services',
      comment: 'db/ holds repositories and the atomic-write helper: it imports domain/ and nothing above it.',
      severity: 'error',
      from: { path: layer('db') },
      to: { path: `${layer('services')}|${layer('routes')}|${layer('http')}|${layer('web')}` },
    },
    {
      name: 'services-below-edge',
      comment: 'services/ orchestrates; routes/ and web/ map HTTP onto it, never the other way round.',
      severity: 'error',
      from: { path: layer('services') },
      to: { path: `${layer('routes')}|${layer('web')}` },
    },
    {
      name: 'security-below-edge',
      comment: 'security/ (hashing, rate limiting, admin auth helpers) must not reach into routes, pages or services.',
      severity: 'error',
      from: { path: layer('security') },
      to: { path: `${layer('routes')}|${layer('web')}|${layer('services')}` },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
