require('@rushstack/eslint-config/patch/modern-module-resolution');
const fs = require('fs');
const path = require('path');

// Imports point inward (see README "Architecture"):
//   hosts → webparts | excel | adaptiveCardExtensions → ui → app → data | scheduling | reports | indicatorSheet | catalogueImport → http → domain
// A folder may import its own layer's files and every layer further in, never one further out.
// Layers of one rank do not import each other (type-only imports between the inner peers are
// allowed: a repository may name the submission types it implements).
const layers = [
  ['hosts'],
  ['webparts', 'excel', 'adaptiveCardExtensions'],
  ['ui'],
  ['app'],
  ['data', 'scheduling', 'reports', 'indicatorSheet', 'catalogueImport'],
  ['http'],
  ['domain']
];
const srcDir = path.join(__dirname, 'src');
const webParts = fs.readdirSync(path.join(srcDir, 'webparts'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const maxDepth = 6;

/**
 * Relative specifiers are matched exactly: from a file `depth` folders below src/, another
 * top-level folder X is reached only as `../` × depth + `X`, so a workflow folder that happens to
 * share a layer's name (app/catalogueImport) is not mistaken for the layer.
 */
function into(depth, folder) {
  const up = '../'.repeat(depth);
  return [`${up}${folder}`, `${up}${folder}/**`];
}

function layerRestrictions(layer, depth) {
  const rank = layers.findIndex((names) => names.includes(layer));
  const outer = layers.slice(0, rank).flat();
  const peers = layers[rank].filter((name) => name !== layer);
  const patterns = [];
  if (outer.length > 0) {
    patterns.push({
      group: outer.flatMap((folder) => into(depth, folder)),
      message: `src/${layer} lies further in than ${outer.join(', ')}: imports point inward (README, Architecture). Move what both need inward.`
    });
  }
  if (peers.length > 0) {
    patterns.push({
      group: peers.flatMap((folder) => into(depth, folder)),
      message: `src/${layer} does not import its peers (${peers.join(', ')}); what both need moves inward.`,
      allowTypeImports: rank === 4
    });
  }
  if (layer === 'webparts' && depth >= 2) {
    // From src/webparts/<a>/… another web part is `../` × (depth − 1) + <b>.
    patterns.push({
      group: webParts.flatMap((name) => into(depth - 1, name)),
      message: 'A web part does not import another web part; what two web parts share moves to src/app or src/ui.'
    });
  }
  if (layer === 'app') {
    patterns.push({ group: ['@fluentui/**', '@microsoft/sp-*', '@microsoft/sp-*/**', '@microsoft/office-js', 'react-dom'], message: 'src/app holds workflows without Fluent, SPFx or office.js: rendering belongs to src/ui, src/webparts or src/excel.' });
  }
  if (layer === 'domain') {
    patterns.push({ group: ['/[a-z@]*'], message: 'src/domain imports nothing: pure rules, no I/O or libraries.' });
  }
  return patterns;
}

function depthGlob(layer, depth) {
  return `src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`;
}

const layerOverrides = layers.flat().filter((layer) => layer !== 'hosts').flatMap((layer) => {
  const overrides = [];
  for (let depth = 1; depth <= maxDepth; depth++) {
    const patterns = layerRestrictions(layer, depth);
    overrides.push({ files: [depthGlob(layer, depth)], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } });
    if ((layer === 'webparts' || layer === 'adaptiveCardExtensions') && depth === 2) {
      // The web part class (the card extension class) is the SPFx entry point: it alone may reach the SPFx composition root.
      const otherHosts = fs.readdirSync(path.join(srcDir, 'hosts')).filter((name) => name !== 'spfx').map((name) => `hosts/${name.replace(/\.tsx?$/, '')}`);
      const entryPatterns = patterns.map((pattern) =>
        pattern.group.includes('../../hosts')
          ? { ...pattern, group: pattern.group.filter((p) => !p.startsWith('../../hosts')).concat(otherHosts.flatMap((name) => into(2, name))) }
          : pattern
      );
      const entryPoint = layer === 'webparts' ? 'src/webparts/*/*WebPart.ts' : 'src/adaptiveCardExtensions/*/*AdaptiveCardExtension.ts';
      overrides.push({ files: [entryPoint], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: entryPatterns }] } });
    }
  }
  return overrides;
});

// Components render and dispatch; loading and sending live in src/app/<workflow> (README, Architecture).
const componentRules = {
  files: ['src/**/*.tsx'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.object.property.name!='locale'][callee.object.object.name='services']",
        message: 'A component makes no service calls: call a loader or command of src/app/<workflow> instead.'
      },
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.object.property.name!='locale'][callee.object.object.property.name='services']",
        message: 'A component makes no service calls: call a loader or command of src/app/<workflow> instead.'
      }
    ],
    'max-lines': ['error', { max: 300 }]
  }
};

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [...layerOverrides, componentRules]
};
