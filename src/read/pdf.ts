export * from './pdf/index.js';
