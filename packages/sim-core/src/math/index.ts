// Elementary functions that give the same bits in every JavaScript engine: ports of fdlibm as
// Node 20's V8 compiles it, so results in Node are unchanged and browsers agree with Node.
export { exp } from './exp.js';
export { expm1 } from './expm1.js';
export { justAbove } from './just-above.js';
export { log } from './log.js';
export { log1p } from './log1p.js';
export { pow } from './pow.js';
export { tan } from './tan.js';
