#!/usr/bin/env node
'use strict';
// Renders every card JSON file in a directory with the official adaptivecards library in headless Debian
// Chromium (driven by playwright-core, never a downloaded browser) using a Teams-like host config.
// A card fails when rendering throws, the page logs an error, or any element (also hidden ones, once shown,
// and the cards inside Action.ShowCard) renders empty. Prints a JSON summary; exit 0 = all rendered,
// 1 = render errors, 2 = setup problem (missing node_modules or chromium).
//
//   node tools/cards/render.js <dir> [--screenshots <dir>]
//   CHROMIUM_PATH overrides /usr/bin/chromium.
const fs = require('fs');
const path = require('path');
const { patchLangPattern, repoRoot, die, requireBundle, listCardFiles } = require('./common');

const TOOL = 'render.js';
const bundle = requireBundle(TOOL);
const css = path.join(path.dirname(bundle), 'adaptivecards.css');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'teams-host-config.json'), 'utf8'));
delete hostConfig.$comment;

let chromium;
try {
  ({ chromium } = require(require.resolve('playwright-core', { paths: [repoRoot] })));
} catch (e) {
  die(TOOL, `playwright-core is missing from ${path.join(repoRoot, 'node_modules')} (${e.message}). Run "npm ci".`);
}
if (!fs.existsSync(chromiumPath)) {
  die(TOOL, `chromium not found at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}

const args = process.argv.slice(2);
let screenshotDir = null;
const shotIndex = args.indexOf('--screenshots');
if (shotIndex >= 0) {
  screenshotDir = args[shotIndex + 1];
  if (!screenshotDir) die(TOOL, '--screenshots needs a directory');
  args.splice(shotIndex, 2);
  fs.mkdirSync(screenshotDir, { recursive: true });
}
const files = listCardFiles(TOOL, args[0]);

/**
 * Runs in the page: a small Markdown subset like Teams renders in TextBlocks (bold, italic, links, line
 * breaks) and <at>mentions</at> shown as Teams highlights them, so screenshots look like the client.
 * Everything is HTML-escaped first.
 */
function installMarkdown() {
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    result.outputHtml = escaped
      .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span style="color:#5B5FC7;font-weight:600">$1</span>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,!?])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\r?\n/g, '<br>');
    result.didProcess = true;
  };
}

/** Runs in the page: renders one card (and the cards inside its Action.ShowCards) into a host div. */
function renderInPage({ name, json, hostConfig }) {
  const problems = [];
  const host = document.createElement('div');
  host.className = 'card-host';
  host.dataset.name = name;
  document.body.appendChild(host);

  const cards = [{ label: name, json }];
  // Cards inside Action.ShowCard render only when opened: render each one on its own as well.
  (function collect(node, where) {
    if (Array.isArray(node)) node.forEach((c, i) => collect(c, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.ShowCard' && node.card) cards.push({ label: `${name} ${where}.card`, json: node.card });
      for (const [k, v] of Object.entries(node)) collect(v, `${where}.${k}`);
    }
  })(json, '$');

  const rendered = [];
  for (const { label, json: cardJson } of cards) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
    card.onExecuteAction = () => {};
    let root;
    try {
      card.parse(cardJson);
      root = card.render();
    } catch (e) {
      problems.push(`${label}: render threw ${e && e.stack ? e.stack : e}`);
      continue;
    }
    if (!root) {
      problems.push(`${label}: card.render() returned nothing`);
      continue;
    }
    const frame = document.createElement('div');
    frame.className = 'card-frame';
    frame.appendChild(root);
    host.appendChild(frame);
    rendered.push({ label, card, root });
  }
  window.__renderedCards = rendered;
  return problems;
}

/** Runs in the page after the screenshot: shows hidden elements, then checks every element is non-empty. */
function checkInPage() {
  const problems = [];
  let elementCount = 0;
  const visit = (element, fn) => {
    fn(element);
    if (typeof element.getItemCount === 'function') {
      for (let i = 0; i < element.getItemCount(); i++) visit(element.getItemAt(i), fn);
    }
  };
  for (const { label, card, root } of window.__renderedCards) {
    if (root.getBoundingClientRect().height <= 0 || root.textContent.trim() === '') {
      problems.push(`${label}: the card renders empty`);
    }
    // Elements hidden until an Action.ToggleVisibility shows them are checked too.
    visit(card, (e) => { if (e !== card && !e.isVisible) e.isVisible = true; });

    const checkAction = (action, where) => {
      if (action.mode === AdaptiveCards.ActionMode.Secondary) {
        // In the closed overflow menu: not laid out, so only its title can be checked.
        if ((action.title || '').trim() === '') problems.push(`${label}: ${where} secondary ${action.getJsonTypeName()} has no title`);
        return;
      }
      const el = action.renderedElement;
      if (!el || el.getBoundingClientRect().height <= 0 || (el.textContent || el.title || '').trim() === '') {
        problems.push(`${label}: ${where} ${action.getJsonTypeName()} "${action.title || ''}" renders empty`);
      }
    };
    visit(card, (e) => {
      if (e === card) return;
      elementCount++;
      const type = e.getJsonTypeName();
      const where = `${type}${e.id ? `#${e.id}` : ''}`;
      const el = e.renderedElement;
      if (!el) {
        problems.push(`${label}: ${where} was not rendered`);
        return;
      }
      if (el.getBoundingClientRect().height <= 0) problems.push(`${label}: ${where} renders with zero height`);
      if (['TextBlock', 'RichTextBlock', 'FactSet'].includes(type) && el.textContent.trim() === '') {
        problems.push(`${label}: ${where} renders without text`);
      }
      if (type === 'ActionSet') {
        for (let i = 0; i < e.getActionCount(); i++) checkAction(e.getActionAt(i), where);
      }
    });
    for (let i = 0; i < card.getActionCount(); i++) checkAction(card.getActionAt(i), 'actions');
  }
  window.__renderedCards = [];
  return { problems, elementCount };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    const page = await browser.newPage({ viewport: { width: 560, height: 900 } });
    // Cards must not fetch anything; a request means an external image or font reference.
    await page.route(/^https?:/, (route) => route.abort());
    let current = null;
    page.on('pageerror', (e) => current && current.errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && current && current.errors.push(`console error: ${m.text()}`));
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      body { margin: 0; padding: 12px; background: #F5F5F5; font-family: 'Segoe UI', system-ui, sans-serif; }
      .card-host { width: 520px; margin-bottom: 12px; }
      .card-frame { background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 4px; overflow: hidden; }
      .card-frame + .card-frame { margin-top: 8px; }
    </style></head><body></body></html>`);
    await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: bundle });
    if (!(await page.evaluate(() => typeof AdaptiveCards === 'object' && typeof AdaptiveCards.AdaptiveCard === 'function'))) {
      throw new Error('the adaptivecards bundle did not define window.AdaptiveCards');
    }
    await page.evaluate(`(${patchLangPattern.toString()})(window.AdaptiveCards)`);
    await page.evaluate(installMarkdown);

    for (const file of files) {
      const name = path.basename(file);
      current = { file: name, elements: 0, errors: [] };
      results.push(current);
      let json;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        current.errors.push(`not valid JSON: ${e.message}`);
        continue;
      }
      current.errors.push(...(await page.evaluate(renderInPage, { name, json, hostConfig })));
      const host = page.locator(`.card-host[data-name="${name}"]`);
      if (screenshotDir && (await host.count()) === 1) {
        // As a user first sees it: before hidden elements are shown for the checks.
        await host.screenshot({ path: path.join(screenshotDir, name.replace(/\.json$/, '.png')) });
      }
      const outcome = await page.evaluate(checkInPage);
      current.elements = outcome.elementCount;
      current.errors.push(...outcome.problems);
      await host.evaluate((el) => el.remove());
    }
    current = null;
  } finally {
    await browser.close();
  }

  const errorCount = results.reduce((n, r) => n + r.errors.length, 0);
  const summary = {
    tool: TOOL,
    cards: results.length,
    rendered: results.filter((r) => r.errors.length === 0).length,
    errors: errorCount,
    files: results,
  };
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (errorCount > 0) {
    process.stderr.write(`${TOOL}: ${errorCount} error(s) in ${results.length - summary.rendered} of ${results.length} card(s)\n`);
    process.exit(1);
  }
})().catch((e) => die(TOOL, `rendering failed: ${e && e.stack ? e.stack : e}`));
