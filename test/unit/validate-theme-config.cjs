// Runs a search theme's own validateThemeConfig in plain Node (the way the
// Docusaurus build does), outside jest's module system, which cannot require()
// the ESM that the Algolia theme pulls in. Usage: node validate-theme-config.cjs <package>
// with the themeConfig as JSON on stdin; prints the normalized themeConfig as JSON.
const path = require('node:path');
const {normalizeThemeConfig} = require('@docusaurus/utils-validation');

const pkg = process.argv[2];
const {validateThemeConfig} = require(path.join(path.dirname(require.resolve(pkg)), 'validateThemeConfig.js'));
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const themeConfig = JSON.parse(input);
  const normalized = validateThemeConfig({themeConfig, validate: normalizeThemeConfig});
  process.stdout.write(JSON.stringify(normalized));
});
