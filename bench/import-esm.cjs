// jiti (which runs bench/*.ts) evaluates code without native dynamic import,
// and jiti 1 cannot require ESM-only packages such as @mdx-js/mdx; a plain
// CommonJS file loaded with Node's own require can import them.
module.exports = (specifier) => import(specifier);
