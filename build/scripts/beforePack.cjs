// electron-builder loads its hooks with plain Node; tsx's require lets this one be the TypeScript beside it.
const { require: tsxRequire } = require('tsx/cjs/api');

module.exports = tsxRequire('./beforePack.ts', __filename);
