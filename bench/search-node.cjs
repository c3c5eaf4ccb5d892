// Runs a bench script that searches in Node with the search box's own code
// (src/search-box): jiti, with the search package's generated constants resolved
// to the test copy, as jest's moduleNameMapper does.
//   node bench/search-node.cjs bench/fit-ranking.ts [args...]
const Module = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const GENERATED = '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants';
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith(GENERATED)) return path.join(ROOT, 'test/unit/search/generated-constants.ts');
  return resolve.call(this, request, ...rest);
};
const jiti = require('jiti')(__filename, {interopDefault: true});
const script = process.argv[2];
if (!script) throw new Error('usage: node bench/search-node.cjs SCRIPT.ts [args...]');
process.argv.splice(2, 1);
jiti(path.resolve(script));
