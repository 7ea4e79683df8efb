'use strict';
// office-addin-mock requires office-addin-manifest only for its CLI helpers and the OfficeApp
// enum, and that package's entry point pulls in an ES-module-only dependency jest cannot load;
// the enum's own module has no dependencies.
module.exports = { OfficeApp: require('office-addin-manifest/lib/officeApp').OfficeApp };
