'use strict';
// Shared helpers for validate.js and render.js: locating the repo's node_modules, listing card files, limits.
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');
const bundlePath = path.join(repoRoot, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js');

// Teams limits, UTF-16 bytes, "KB" read as 1000 bytes (the stricter reading). Keep in line with Bot/Cards/CardSize.cs.
const MESSAGE_LIMIT_BYTES = 80000;
const MESSAGING_EXTENSION_LIMIT_BYTES = 28000;

/** Prints a setup problem and exits 2; the caller (a test) must fail, never skip. */
function die(tool, message) {
  process.stderr.write(`${tool}: ERROR: ${message}\n`);
  process.exit(2);
}

function requireBundle(tool) {
  if (!fs.existsSync(bundlePath)) {
    die(tool, `the adaptivecards bundle is missing at ${bundlePath}. Run "npm ci" in ${repoRoot}.`);
  }
  return bundlePath;
}

/** The *.json files of a card dump directory, sorted; exits 2 when the directory is missing or holds none. */
function listCardFiles(tool, dir) {
  if (!dir) die(tool, 'usage: node tools/cards/' + tool + ' <dir-with-card-json>');
  const full = path.resolve(dir);
  if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) die(tool, `not a directory: ${full}`);
  const files = fs.readdirSync(full).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) die(tool, `no card .json files in ${full}`);
  return files.map((f) => path.join(full, f));
}

/** Messaging-extension samples have a ".me." segment in their file name (lessons.search.me.nl.json). */
function sizeLimitFor(file) {
  return /(^|\.)me\./.test(path.basename(file)) ? MESSAGING_EXTENSION_LIMIT_BYTES : MESSAGE_LIMIT_BYTES;
}

/**
 * adaptivecards 3.0.6 declares the "lang" pattern with the global flag (/^[a-z]{2,3}$/gi), so RegExp.exec keeps
 * lastIndex between calls and every second valid "lang" ("nl" after "en") is reported invalid. Replace it with
 * the same pattern without "g". Called in node (validate.js) and inside the page (render.js).
 */
function patchLangPattern(AC) {
  if (AC.CardElement && AC.CardElement.langProperty && AC.CardElement.langProperty.regEx) {
    AC.CardElement.langProperty.regEx = /^[a-z]{2,3}$/i;
  }
}

module.exports = { patchLangPattern, repoRoot, bundlePath, die, requireBundle, listCardFiles, sizeLimitFor };
