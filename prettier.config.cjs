/** @type {import('prettier').Config} */
const config = {
    bracketSpacing: false,
    printWidth: 88,
    tabWidth: 4,
    proseWrap: "always",
    semi: true,
    trailingComma: "es5",
    xmlWhitespaceSensitivity: "preserve",
};
module.exports = config;
