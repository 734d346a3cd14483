#!/usr/bin/env node
// Drives the Microsoft 365 Agents Playground page in Debian's chromium (never a downloaded browser) through a list of
// steps, like a person would: type in the compose box, wait for text in the bot's cards, click card buttons.
//
// usage: node tools/e2e/playground.js <playground-url> <steps.json> [screenshot-dir]
// steps: [{"say": "help"}, {"expect": "regex"}, {"click": "button text"}, {"fill": {"label": "…", "text": "…"}},
//         {"open": "Group Chat"} (a conversation in the Playground's tree: Personal Chat, Group Chat, General, ...),
//         {"say": "start intervisie", "mention": "Test Bot"} (@mentions the bot first, as group chats and channels need),
//         {"check": "radio label"} (an expanded Input.ChoiceSet option),
//         {"choose": {"label": "…", "option": "…"}} (a compact Input.ChoiceSet: the Playground renders a combobox),
//         {"date": {"label": "…", "value": "yyyy-mm-dd"}} (an Input.Date: the Playground renders a date picker with text entry),
//         {"call": "http://127.0.0.1:…/…"} (POSTs to a loopback URL the test serves, e.g. to run the bot's reminder engine
//          between two browser steps; fails unless it answers 2xx),
//         {"screenshot": "name.png"}, {"html": "name.html"} (saved in the screenshot dir)]
// Before typing into or clicking a card, waits for the cards to settle; before a click, types again whatever a late
// card update threw away (E2E_SETTLE_QUIET_MS, default 400).
// Prints one JSON line per step and exits non-zero on the first failing step (with a screenshot when a dir is given).
'use strict';
const fs = require('fs');
const path = require('path');

const [url, stepsFile, shotDir] = process.argv.slice(2);
if (!url || !stepsFile) {
  console.error('usage: playground.js <playground-url> <steps.json> [screenshot-dir]');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.error(`chromium not found at ${CHROMIUM}; install Debian's chromium (./test.sh does)`);
  process.exit(3);
}
let playwright;
try {
  playwright = require('playwright-core');
} catch (e) {
  console.error('playwright-core is not installed; run npm ci (./test.sh does)');
  process.exit(3);
}

const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT_MS || 30000);
// A card is settled when the rendered cards have not changed for this long (a late update of the same card, e.g. the
// round card refreshed by another turn, replaces it and would throw away what was typed into it).
const SETTLE_QUIET_MS = Number(process.env.E2E_SETTLE_QUIET_MS || 400);

// Waits until the rendered Adaptive Cards stop changing (same markup on consecutive polls for SETTLE_QUIET_MS).
async function settle(page) {
  const deadline = Date.now() + STEP_TIMEOUT;
  let last = null;
  let stableSince = Date.now();
  for (;;) {
    const now = await page.evaluate(() => Array.from(document.querySelectorAll('.ac-adaptiveCard')).map((c) => c.outerHTML).join('\u0000'));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= SETTLE_QUIET_MS) {
      return;
    }
    if (Date.now() > deadline) throw new Error('the cards kept changing for ' + STEP_TIMEOUT + ' ms');
    await page.waitForTimeout(50);
  }
}

// Text typed since the last click: if a late card update replaced the card, the field is empty again; type it again.
async function refill(page, pending) {
  for (const { label, text } of pending) {
    const field = page.getByLabel(new RegExp(label)).last();
    await field.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    if ((await field.inputValue()) !== text) {
      await field.fill(text);
      console.log(JSON.stringify({ refilled: label }));
    }
  }
}

async function main() {
  const steps = JSON.parse(fs.readFileSync(stepsFile, 'utf8'));
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err && err.message || err)));
  let index = 0;
  const pending = [];
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_TIMEOUT });
    const compose = page.locator('[contenteditable="true"]').first();
    await compose.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    for (const step of steps) {
      index++;
      const started = Date.now();
      if (step.say !== undefined) {
        await compose.click();
        if (step.mention !== undefined) {
          // Group chats and channels deliver a message to the bot only when it is @mentioned (picked from the menu).
          await page.keyboard.type('@');
          const item = page.getByRole('menuitem', { name: new RegExp(step.mention) }).first();
          await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
          await item.click();
          await page.keyboard.type(' ');
        }
        await page.keyboard.type(step.say);
        await page.keyboard.press('Enter');
      } else if (step.expect !== undefined) {
        await page.getByText(new RegExp(step.expect)).last().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      } else if (step.click !== undefined) {
        await settle(page);
        await refill(page, pending);
        pending.length = 0;
        const button = page.getByRole('button', { name: new RegExp(step.click) }).last();
        await button.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await button.click();
      } else if (step.fill !== undefined) {
        await settle(page);
        const field = page.getByLabel(new RegExp(step.fill.label)).last();
        await field.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await field.fill(step.fill.text);
        pending.push({ label: step.fill.label, text: step.fill.text });
      } else if (step.check !== undefined) {
        await settle(page);
        const radio = page.getByRole('radio', { name: new RegExp(step.check) }).last();
        await radio.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await radio.check();
      } else if (step.choose !== undefined) {
        await settle(page);
        const box = page.getByRole('combobox', { name: new RegExp(step.choose.label) }).last();
        await box.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await box.click();
        const option = page.getByRole('option', { name: new RegExp(step.choose.option) }).first();
        await option.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await option.click();
        const chosen = await box.inputValue();
        if (!new RegExp(step.choose.option).test(chosen)) throw new Error(`"${step.choose.label}" shows "${chosen}" after choosing`);
      } else if (step.date !== undefined) {
        await settle(page);
        const [y, m, d] = step.date.value.split('-').map(Number);
        const text = new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
        const picker = page.getByRole('combobox', { name: new RegExp(step.date.label) }).last();
        await picker.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        await picker.fill(text);
        await picker.press('Enter');
        await page.keyboard.press('Escape');
        const shown = await picker.inputValue();
        if (shown !== text) throw new Error(`"${step.date.label}" shows "${shown}" instead of "${text}"`);
      } else if (step.call !== undefined) {
        const response = await fetch(step.call, { method: 'POST' });
        const body = await response.text();
        if (!response.ok) throw new Error(`call ${step.call} answered ${response.status}: ${body}`);
        step.answer = body;
      } else if (step.open !== undefined) {
        const item = page.getByRole('treeitem', { name: new RegExp(step.open) }).first();
        await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
        // Open it only once the Playground is connected (e.g. after expecting the welcome): it selects Personal Chat on connect.
        await item.click();
        await compose.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      } else if (step.screenshot !== undefined) {
        if (shotDir) {
          fs.mkdirSync(shotDir, { recursive: true });
          await page.screenshot({ path: path.join(shotDir, step.screenshot), fullPage: true });
        }
      } else if (step.html !== undefined) {
        if (shotDir) {
          fs.mkdirSync(shotDir, { recursive: true });
          fs.writeFileSync(path.join(shotDir, step.html), await page.content());
        }
      } else {
        throw new Error('unknown step ' + JSON.stringify(step));
      }
      console.log(JSON.stringify({ step: index, ok: true, ms: Date.now() - started, ...step }));
    }
    if (shotDir) {
      fs.mkdirSync(shotDir, { recursive: true });
      await page.screenshot({ path: path.join(shotDir, 'final.png'), fullPage: true });
    }
    console.log(JSON.stringify({ done: true, steps: steps.length, pageErrors }));
  } catch (err) {
    console.log(JSON.stringify({ step: index, ok: false, error: String(err && err.message || err).split('\n')[0] }));
    if (shotDir) {
      fs.mkdirSync(shotDir, { recursive: true });
      await page.screenshot({ path: path.join(shotDir, `failed-step-${index}.png`), fullPage: true }).catch(() => {});
      fs.writeFileSync(path.join(shotDir, `failed-step-${index}.html`), await page.content().catch(() => ''));
    }
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(String(err && err.stack || err));
  process.exit(1);
});
