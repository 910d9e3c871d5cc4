/** The pages of `nianbao serve`: one shell, a view per address, Chinese first with an English switch. */
import { ApiError, setToken, token } from './api.js';
import { clear, h } from './dom.js';
import { lang, setLang, tr, words } from './i18n.js';
import { changesView } from './views/changes.js';
import { compareView } from './views/compare.js';
import { corpusView } from './views/corpus.js';
import { dashboardView } from './views/dashboard.js';
import { reportView } from './views/report.js';
import { batchView, reviewView } from './views/review.js';
import { uploadView } from './views/upload.js';

const routes: Array<[RegExp, (main: HTMLElement, m: RegExpExecArray) => Promise<void> | void]> = [
  [/^\/(upload)?$/, (el) => uploadView(el)],
  [/^\/reports\/(\d+)$/, (el, m) => reportView(el, Number(m[1]))],
  [/^\/reports\/(\d+)\/changes$/, (el, m) => changesView(el, Number(m[1]))],
  [/^\/corpus$/, (el) => corpusView(el)],
  [/^\/dashboard$/, (el) => dashboardView(el)],
  [/^\/compare$/, (el) => compareView(el)],
  [/^\/review$/, (el) => reviewView(el)],
  [/^\/review\/(\d+)$/, (el, m) => batchView(el, Number(m[1]))],
];

/** Go to a page of the app without reloading. */
export function go(path: string): void {
  history.pushState(null, '', path);
  void render();
}

export function link(path: string, ...children: Array<Node | string>): HTMLAnchorElement {
  return h('a', { href: path, onclick: (e: MouseEvent) => { if (!e.ctrlKey && !e.metaKey) { e.preventDefault(); go(path); } } }, ...children);
}

/** An error of the API (or any) shown in the page. */
export function showError(el: HTMLElement, e: unknown): void {
  el.append(h('p', { class: 'error-box', role: 'alert' }, e instanceof ApiError ? `${tr(e.text)}（${e.code}）` : String(e)));
}

async function render(): Promise<void> {
  const nav = document.getElementById('nav')!;
  clear(nav);
  const here = location.pathname;
  nav.append(
    h('strong', { class: 'brand' }, tr(words.app)),
    ...([['/upload', words.upload], ['/corpus', words.corpus], ['/dashboard', words.dashboard], ['/compare', words.compare], ['/review', words.review]] as const)
      .map(([p, w]) => { const a = link(p, tr(w)); if (here === p || (p === '/upload' && here === '/') || (p === '/review' && here.startsWith('/review'))) a.className = 'active'; return a; }),
    h('span', { class: 'spacer' }),
    h('label', { class: 'token' }, tr(words.token), ' ', h('input', { type: 'password', id: 'token', value: token(), size: 10, onchange: (e: Event) => setToken((e.target as HTMLInputElement).value) })),
    h('button', { type: 'button', id: 'lang', onclick: () => { setLang(lang === 'zh' ? 'en' : 'zh'); void render(); } }, tr(words.switchLang)),
  );
  const main = document.getElementById('main')!;
  clear(main);
  for (const [re, view] of routes) {
    const m = re.exec(here);
    if (!m) continue;
    try {
      await view(main, m);
    } catch (e) {
      showError(main, e);
    }
    return;
  }
  main.append(h('p', {}, '404'));
}

setLang(lang);
window.addEventListener('popstate', () => void render());
void render();
