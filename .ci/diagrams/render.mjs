// Renders every bpmn/*.bpmn to docs/diagrams/<Process>.svg: bpmn-js's NavigatedViewer imports the model in
// Debian's headless Chromium and viewer.saveSVG() returns the picture. Run through render.sh.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = resolve(import.meta.dirname);
const root = resolve(here, '../..');
const modelsDir = join(root, 'bpmn');
const outDir = join(root, 'docs/diagrams');
const viewerJs = join(here, 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const only = process.argv.slice(2);

// The page imports the model and writes the SVG (base64, so the DOM dump needs no unescaping) into #out.
const page = (xml) => `<!doctype html><html><head><meta charset="utf-8">
<script src="${pathToFileURL(viewerJs)}"></script></head>
<body><div id="canvas" style="width:2400px;height:1600px"></div><pre id="out"></pre><pre id="err"></pre>
<script>
(async () => {
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(${JSON.stringify(xml)});
    const { svg } = await viewer.saveSVG();
    document.getElementById('err').textContent = warnings.map(w => w.message).join('\\n');
    document.getElementById('out').textContent = btoa(unescape(encodeURIComponent(svg)));
  } catch (e) {
    document.getElementById('err').textContent = 'ERROR ' + e.message;
  }
})();
</script></body></html>`;

// bpmn-js names arrow-head markers randomly: number them in order, so an unchanged model renders byte for byte
// the same picture and a changed one gives a readable diff
const stable = (svg) => {
  const ids = new Map();
  return svg.replace(/marker-[a-z0-9]{20,}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
    return ids.get(id);
  });
};

const work = mkdtempSync(join(tmpdir(), 'diagrams-'));
let failed = 0;
try {
  mkdirSync(outDir, { recursive: true });
  const models = readdirSync(modelsDir).filter((f) => f.endsWith('.bpmn')).sort()
    .filter((f) => only.length === 0 || only.includes(basename(f, '.bpmn')));
  for (const name of only.filter((n) => !models.includes(`${n}.bpmn`))) {
    console.error(`${name}: no bpmn/${name}.bpmn`);
    failed++;
  }
  for (const file of models) {
    const name = basename(file, '.bpmn');
    const html = join(work, `${name}.html`);
    writeFileSync(html, page(readFileSync(join(modelsDir, file), 'utf8')));
    const dom = execFileSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--allow-file-access-from-files', `--user-data-dir=${join(work, 'profile')}`,
      '--virtual-time-budget=10000', '--dump-dom', pathToFileURL(html).href,
    ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    const out = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1] ?? '';
    const err = (/<pre id="err">([^<]*)<\/pre>/.exec(dom)?.[1] ?? '').trim();
    if (!out) {
      console.error(`${name}: not rendered ${err}`);
      failed++;
      continue;
    }
    if (err) console.warn(`${name}: import warnings:\n${err}`);
    writeFileSync(join(outDir, `${name}.svg`), stable(Buffer.from(out, 'base64').toString('utf8')) + '\n');
    console.log(`docs/diagrams/${name}.svg`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
