// jiti (which runs bench/*.ts) turns `import` into require(), and @mdx-js/mdx's
// dependencies cannot be required that way; a plain CommonJS file loaded with
// Node's own require keeps a native dynamic import.
module.exports = (specifier) => import(specifier);
