/**
 * Upload: files, a dropped folder (read through the browser's entry API) or a zip; each file its
 * own request, so each has its progress bar and its result as soon as it is stored. With the job
 * queue (`serve --queue`) the answer is 202 with job ids, polled until the workers have stored them.
 */
import { api, token } from '../api.js';
import { h } from '../dom.js';
import { tr, words } from '../i18n.js';
import { link } from '../main.js';

interface Picked { file: File; name: string }

/** The files below a dropped folder, with their paths in it. */
async function filesOf(entry: FileSystemEntry, prefix = ''): Promise<Picked[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    return [{ file, name: prefix + entry.name }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: Picked[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    for (const e of batch) if (!e.name.startsWith('.')) out.push(...(await filesOf(e, `${prefix}${entry.name}/`)));
  }
  return out;
}

export async function uploadView(main: HTMLElement): Promise<void> {
  const batches = await api<Array<{ id: number; name: string }>>('/api/batches');
  const batch = h('select', { id: 'batch' }, h('option', { value: '' }, tr(words.noBatch)), ...batches.map((b) => h('option', { value: b.id }, b.name)));
  const rows = h('tbody', {});
  const files = h('input', { type: 'file', multiple: true, id: 'files', onchange: () => send([...files.files!].map((f) => ({ file: f, name: f.name }))) });
  const folder = h('input', { type: 'file', multiple: true, id: 'folder', webkitdirectory: true, onchange: () => send([...folder.files!].map((f) => ({ file: f, name: f.webkitRelativePath || f.name }))) });
  const zone = h('div', { class: 'drop', id: 'drop' },
    h('p', {}, tr(words.dropHere), ' ', h('label', { class: 'button' }, tr(words.chooseFiles), files), ' ', h('label', { class: 'button' }, tr(words.chooseFolder), folder)),
    h('p', {}, h('label', {}, tr(words.toBatch), ' ', batch)));
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const picked: Picked[] = [];
    for (const item of [...e.dataTransfer!.items]) {
      const entry = item.webkitGetAsEntry?.();
      if (entry) picked.push(...(await filesOf(entry)));
      else { const f = item.getAsFile(); if (f) picked.push({ file: f, name: f.name }); }
    }
    send(picked);
  });
  main.append(h('h1', {}, tr(words.upload)), zone,
    h('table', { class: 'list', id: 'uploads' }, h('thead', {}, h('tr', {}, ...[words.file, words.progress, words.result, words.organ, words.year, words.errors, words.warnings].map((w) => h('th', {}, tr(w))))), rows));

  /** Up to three uploads at a time; each row fills in when its answer comes. */
  function send(picked: Picked[]): void {
    const queue = picked.map((p) => {
      const bar = h('progress', { max: 100, value: 0 });
      const result = h('td', { class: 'result' });
      const rest = [h('td', {}), h('td', {}), h('td', { class: 'n' }), h('td', { class: 'n' })];
      const tr_ = h('tr', { 'data-name': p.name }, h('td', {}, p.name), h('td', {}, bar), result, ...rest);
      rows.append(tr_);
      return { p, bar, result, rest, tr: tr_ };
    });
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const q = queue[next++]!;
        try {
          const body = await post(q.p, (f) => (q.bar.value = Math.round(f * 100)));
          if (body.jobs) {
            // Through the job queue (serve --queue): the row fills in as the workers store each file,
            // while the next files are sent.
            q.bar.value = 0;
            void follow(q, body.jobs).then(() => q.tr.classList.add('done'), (e) => {
              q.result.append(h('span', { class: 'st-failed' }, String((e as Error).message)));
              q.tr.classList.add('done', 'bad');
            });
            continue;
          }
          q.bar.value = 100;
          for (const r of body.reports) show(q, r);
          q.tr.classList.add('done');
        } catch (e) {
          q.result.append(h('span', { class: 'st-failed' }, String((e as Error).message)));
          q.tr.classList.add('done', 'bad');
        }
      }
    };
    void Promise.all([worker(), worker(), worker()]);
  }

  type Row = { bar: HTMLProgressElement; result: HTMLElement; rest: HTMLElement[]; tr: HTMLElement };
  function show(q: Row, r: any): void {
    const status = r.status === 'failed' ? tr(words.failed) : r.stored ? tr(words.stored) : tr(words.already);
    q.result.append(h('div', { class: `st-${r.status}` }, link(`/reports/${r.id}`, status), r.error ? `：${tr(r.error)}` : ''));
    q.rest[0]!.append(h('div', {}, r.organ ?? ''));
    q.rest[1]!.append(h('div', {}, r.year ?? ''));
    q.rest[2]!.append(h('div', {}, r.errors ?? 0));
    q.rest[3]!.append(h('div', {}, r.warnings ?? 0));
  }

  /** Poll a queued upload's jobs until each is stored or failed, showing each as it is done. */
  async function follow(q: Row, jobs: any[]): Promise<void> {
    const shown = new Set<string>();
    const state = h('div', { class: 'job-state' });
    q.result.append(state);
    for (let wait = 500; ; wait = Math.min(wait * 1.5, 3000)) {
      for (const j of jobs) {
        if (shown.has(j.job) || !['completed', 'failed', 'unknown'].includes(j.state)) continue;
        shown.add(j.job);
        if (j.state === 'completed' && j.id !== null) show(q, j);
        else q.result.append(h('div', { class: 'st-failed' }, tr(words.jobFailed), j.error ? `：${tr(j.error)}` : ''));
      }
      const open = jobs.filter((j) => !shown.has(j.job));
      q.bar.value = Math.round(jobs.reduce((n, j) => n + (shown.has(j.job) ? 100 : j.progress ?? 0), 0) / jobs.length);
      state.textContent = open.length ? `${tr(open.some((j) => j.state === 'active') ? words.reading : words.queued)}${open.length > 1 ? ` (${open.length})` : ''}` : '';
      if (!open.length) return;
      await new Promise((r) => setTimeout(r, wait));
      const ids = open.map((j) => j.job).slice(0, 500).join(',');
      const now = new Map((await api<{ jobs: any[] }>(`/api/jobs?ids=${ids}`)).jobs.map((j) => [j.job, j]));
      jobs = jobs.map((j) => ({ ...j, ...(now.get(j.job) ?? {}), name: j.name }));
    }
  }

  function post(p: Picked, onProgress: (f: number) => void): Promise<any> {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      form.append('file', p.file, p.name);
      if (batch.value) form.append('batch', batch.value);
      const x = new XMLHttpRequest();
      x.open('POST', '/api/reports');
      if (token()) x.setRequestHeader('authorization', `Bearer ${token()}`);
      x.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      x.onload = () => {
        const body = JSON.parse(x.responseText || 'null');
        if (x.status === 201 || x.status === 202) resolve(body);
        else reject(new Error(body?.error ? tr(body.error.message) : `HTTP ${x.status}`));
      };
      x.onerror = () => reject(new Error('network'));
      x.send(form);
    });
  }
}
