'use strict';
// SPFx localised strings are AMD modules (`define([], function () { return {...}; })`) that
// config/config.json maps to module names such as `OverviewWebPartStrings`. The local
// workbench and the tests read the same files, so every language is checked where it ships.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const locales = ['de-de', 'en-us'];

function localizedResources() {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8'));
  return config.localizedResources;
}

/** The source file of a localised-strings module for a locale (lib/… in config.json is built from src/…). */
function locFile(moduleName, locale) {
  const pattern = localizedResources()[moduleName];
  if (!pattern) {
    throw new Error(`${moduleName} is not listed in config/config.json localizedResources`);
  }
  return path.join(root, pattern.replace(/^lib\//, 'src/').replace('{locale}', locale));
}

function readLocStrings(moduleName, locale) {
  const source = fs.readFileSync(locFile(moduleName, locale), 'utf8');
  let strings;
  const define = (_dependencies, factory) => {
    strings = factory();
  };
  new Function('define', source)(define);
  if (!strings || typeof strings !== 'object') {
    throw new Error(`${locFile(moduleName, locale)} does not define a strings object`);
  }
  return strings;
}

module.exports = { locales, localizedResources, locFile, readLocStrings };
