'use strict';
// office-addin-mock requires office-addin-manifest only for its CLI helpers, and that package
// pulls in an ES-module-only dependency jest cannot load; the mock works without it.
module.exports = {};
