import { promises as fs } from 'node:fs';
import { join } from 'node:path';

/**
 * Expand the paths given on the command line: a directory stands for every file below it
 * (hidden files and folders left out), in name order. A path that does not exist, or an
 * empty folder, is kept, so that reading it reports the error in its place.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const inside = await walk(p);
      // An empty folder stays in the list, so that reading it says so in its place.
      out.push(...(inside.length ? inside : [p]));
    }
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
