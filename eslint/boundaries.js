// Architecture boundaries of DESIGN.md §6, checked on every import:
//   app → features → components, lib, domain; features never import each other;
//   domain imports nothing of the project; mocks/ imports only src/domain;
//   src/ reaches mocks/ only from src/main.tsx, and only with a dynamic import().
import path from 'node:path';

const ROOT = process.cwd();

/** Which layer a file belongs to, and for features which one. */
export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('mocks/')) return { layer: 'mocks' };
  if (rel === 'src/main.tsx') return { layer: 'main' };
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
  mocks: ['mocks', 'domain'],
  main: ['app', 'lib', 'styles', 'main'],
};

function check(context, node, source, dynamic) {
  if (typeof source !== 'string' || !source.startsWith('.')) return;
  const from = layerOf(context.filename);
  if (!(from.layer in ALLOWED)) return;
  const to = layerOf(path.resolve(path.dirname(context.filename), source));
  if (to.layer === 'other') return;
  if (from.layer === 'main' && to.layer === 'mocks') {
    if (!dynamic) context.report({ node, message: 'Load the mock backend with a dynamic import() so it stays out of the entry chunk.' });
    return;
  }
  if (!ALLOWED[from.layer].includes(to.layer)) {
    context.report({ node, message: `${from.layer}/ may not import from ${to.layer}/ (DESIGN.md §6: ${from.layer} → ${ALLOWED[from.layer].join(', ') || 'nothing'}).` });
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
