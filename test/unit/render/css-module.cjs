// CSS modules in render tests: each class name maps to itself, so markup can be checked by class.
module.exports = new Proxy({}, {get: (_, key) => (key === '__esModule' ? false : String(key))});
