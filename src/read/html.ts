export * from './html/index.js';
