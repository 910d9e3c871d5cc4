export { expandPaths } from '../input/paths.js';
