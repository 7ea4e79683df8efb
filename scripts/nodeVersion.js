'use strict';
// npm puts node_modules/.bin first on PATH, so every npm script (and gulp under it) runs on the
// Node 22 that the `node` devDependency brings; SPFx 1.21 refuses anything else.
const major = Number(process.versions.node.split('.')[0]);
console.log(`Node ${process.version} (${process.execPath})`);
if (major !== 22) {
  console.error('SPFx 1.21 needs Node 22. Run the scripts through npm (npm start, npm test), which uses the Node 22 from node_modules.');
  process.exit(1);
}
