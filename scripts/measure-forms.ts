/**
 * Read every form of the measurement set in-process (dev only; see scripts/measure/prepare.sh):
 * `node dist/scripts/measure-forms.js FORMS_DIR RESULTS_DIR [form...]` parses and checks each
 * FORMS_DIR/<form>/<name>.* and writes RESULTS_DIR/<form>/<name>.json = {report, findings}, the
 * same report `nianbao parse --json` prints, which scripts/measure/score.py scores. Scans are
 * read only when named (`scan`), as OCR takes minutes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { check, parseAsync } from '../src/index.js';

const [formsDir, resultsDir, ...only] = process.argv.slice(2);
if (!formsDir || !resultsDir) {
  console.error('usage: measure-forms.js FORMS_DIR RESULTS_DIR [form...]');
  process.exit(2);
}
const forms = fs.readdirSync(formsDir).filter((f) => (only.length ? only.includes(f) : f !== 'scan')).sort();
for (const form of forms) {
  const dir = path.join(formsDir, form);
  fs.mkdirSync(path.join(resultsDir, form), { recursive: true });
  let n = 0;
  const start = Date.now();
  for (const file of fs.readdirSync(dir).sort()) {
    const name = file.replace(/\.[^.]+$/, '');
    const bytes = fs.readFileSync(path.join(dir, file));
    const report = await parseAsync(bytes, { name: file });
    const findings = report.status === 'failed' ? [] : check(report);
    fs.writeFileSync(path.join(resultsDir, form, `${name}.json`), JSON.stringify({ report, findings }));
    n++;
  }
  console.log(`${form}: ${n} files, ${Date.now() - start} ms`);
}
