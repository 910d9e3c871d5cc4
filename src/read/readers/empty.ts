import { failed, type Reader } from '../reader.js';

/** A file of no bytes. */
export const emptyReader: Reader = {
  form: 'empty',
  name: { zh: '空文件', en: 'an empty file' },
  detect: ({ bytes }) => bytes.length === 0,
  read: () => failed('empty', 'empty', '文件为空', 'the file is empty'),
};
