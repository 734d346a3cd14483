#!/usr/bin/env node
'use strict';
// Validates every card JSON file in a directory (the output of `cards dump <dir>`) with the official
// adaptivecards library plus our Teams rules. Prints a JSON summary; exit 0 = all valid, 1 = card errors,
// 2 = setup problem (missing node_modules, empty directory).
//
//   node tools/cards/validate.js <dir>
const fs = require('fs');
const path = require('path');
const { patchLangPattern, requireBundle, listCardFiles, sizeLimitFor } = require('./common');

const TOOL = 'validate.js';
const AC = require(requireBundle(TOOL));
patchLangPattern(AC);
const MAX_REFRESH_USER_IDS = 60;

const eventName = (id) => AC.ValidationEvent[id] ?? String(id);

// Properties Teams honours on every card version although the adaptivecards library dates them to 1.6: the dynamic
// typeahead of Input.ChoiceSet (Microsoft Learn, "Typeahead search in Adaptive Cards"). Reported as warnings; teamsRules
// checks their shape.
const TEAMS_EXTENSIONS = [/^Property "choices\.data" is supported in version 1\.6/];
const isTeamsExtension = (e) => e.event === AC.ValidationEvent.UnsupportedProperty && TEAMS_EXTENSIONS.some((p) => p.test(e.message));

/** Errors and warnings the adaptivecards library reports while parsing (against schema 1.5) and validating. */
function libraryEvents(json) {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, ctx);
  const events = [];
  for (let i = 0; i < ctx.eventCount; i++) events.push(ctx.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  const errors = [];
  const warnings = [];
  for (const e of events) {
    const text = `adaptivecards ${eventName(e.event)}: ${e.message}`;
    (e.event === AC.ValidationEvent.Hint || isTeamsExtension(e) ? warnings : errors).push(text);
  }
  return { errors, warnings };
}

/** Walks every object in the JSON tree with its path. */
function walk(node, visit, where = '$') {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, visit, `${where}[${i}]`));
  } else if (node && typeof node === 'object') {
    visit(node, where);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${where}.${key}`);
  }
}

/** Our rules on top of the library: version 1.5 everywhere, Execute convention, refresh cap, toggle targets. */
function teamsRules(json) {
  const errors = [];
  if (json.type !== 'AdaptiveCard') errors.push(`root type is "${json.type}", expected "AdaptiveCard"`);
  if (json.version !== '1.5') errors.push(`version is "${json.version}", Teams cards must be "1.5"`);

  const ids = new Set();
  const toggles = [];
  walk(json, (node, where) => {
    if (typeof node.id === 'string') ids.add(node.id);
    if (where !== '$' && node.type === 'AdaptiveCard' && node.version !== undefined && node.version !== '1.5') {
      errors.push(`${where}: nested card version "${node.version}", expected "1.5"`);
    }
    if (node.type === 'Action.Execute') {
      if (typeof node.verb !== 'string' || node.verb.trim() === '') {
        errors.push(`${where}: Action.Execute without a verb`);
        return;
      }
      if (!node.data || node.data.verb !== node.verb) {
        errors.push(`${where}: Action.Execute "${node.verb}" must carry data.verb = "${node.verb}" (use CardActions.Execute)`);
      }
      const isRefresh = where === '$.refresh.action';
      if (!isRefresh) {
        const fb = node.fallback;
        if (!fb) {
          errors.push(`${where}: Action.Execute "${node.verb}" has no fallback for clients without Universal Actions`);
        } else if (fb !== 'drop' && !(fb.type === 'Action.Submit' && fb.data && fb.data.verb === node.verb)) {
          errors.push(`${where}: the fallback of Action.Execute "${node.verb}" must be an Action.Submit with data.verb = "${node.verb}"`);
        }
      }
    }
    if (node['choices.data'] !== undefined) {
      const query = node['choices.data'];
      if (node.type !== 'Input.ChoiceSet') errors.push(`${where}: choices.data belongs on an Input.ChoiceSet`);
      if (!query || query.type !== 'Data.Query' || typeof query.dataset !== 'string' || query.dataset === '') {
        errors.push(`${where}: choices.data must be a Data.Query with a dataset`);
      }
    }
    if (node.type === 'Action.ToggleVisibility') {
      for (const t of node.targetElements ?? []) toggles.push({ where, id: typeof t === 'string' ? t : t.elementId });
    }
  });
  for (const t of toggles) {
    if (!ids.has(t.id)) errors.push(`${t.where}: Action.ToggleVisibility targets unknown element id "${t.id}"`);
  }

  if (json.refresh) {
    if (!json.refresh.action || json.refresh.action.type !== 'Action.Execute') {
      errors.push('refresh.action must be an Action.Execute');
    }
    const userIds = json.refresh.userIds;
    if (userIds !== undefined && (!Array.isArray(userIds) || userIds.length > MAX_REFRESH_USER_IDS)) {
      errors.push(`refresh.userIds must be an array of at most ${MAX_REFRESH_USER_IDS} ids`);
    }
  }
  return errors;
}

function validateFile(file) {
  const result = { file: path.basename(file), sizeBytes: 0, limitBytes: sizeLimitFor(file), errors: [], warnings: [] };
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    result.errors.push(`not valid JSON: ${e.message}`);
    return result;
  }
  // Teams counts UTF-16: two bytes per JS string unit of the compact JSON.
  result.sizeBytes = JSON.stringify(json).length * 2;
  if (result.sizeBytes > result.limitBytes) {
    result.errors.push(`card is ${result.sizeBytes} bytes (UTF-16), over the ${result.limitBytes}-byte limit`);
  }
  const lib = libraryEvents(json);
  result.errors.push(...lib.errors, ...teamsRules(json));
  result.warnings.push(...lib.warnings);
  return result;
}

const files = listCardFiles(TOOL, process.argv[2]);
const results = files.map(validateFile);
const errorCount = results.reduce((n, r) => n + r.errors.length, 0);
const summary = {
  tool: TOOL,
  cards: results.length,
  valid: results.filter((r) => r.errors.length === 0).length,
  errors: errorCount,
  warnings: results.reduce((n, r) => n + r.warnings.length, 0),
  largestBytes: Math.max(...results.map((r) => r.sizeBytes)),
  files: results,
};
process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
if (errorCount > 0) {
  process.stderr.write(`${TOOL}: ${errorCount} error(s) in ${results.length - summary.valid} of ${results.length} card(s)\n`);
  process.exit(1);
}
