'use strict';
// CSS modules resolve to their class names, as the SPFx build does.
module.exports = new Proxy({}, { get: (_target, name) => (name === '__esModule' ? false : String(name)) });
