// @types/seedrandom only types the package root. Importing the root would also load the ARC4
// generator and its `require('crypto')` probe, so `stream.ts` imports the dependency-free Alea file
// directly and this declaration gives it the type the root exposes as `seedrandom.alea`.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';

  const alea: (typeof seedrandom)['alea'];
  export default alea;
}
