// The zone under test: made by zonegen (../shared/tools/zonegen), imported with the worker's import commands into
// a SQLite file of the run's own; and the two people who talk to the bot: an officer and a nodal officer of it.
const fs = require('fs');
const path = require('path');
const { run } = require('./processes');

function zonegenPath(root) {
  const candidates = [process.env.ZONEGEN, path.join(root, '..', 'shared', 'tools', 'zonegen', 'zonegen.py'), path.join(root, 'shared', 'tools', 'zonegen', 'zonegen.py')];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found) throw new Error(`zonegen.py not found (looked in ${candidates.filter(Boolean).join(', ')}; set ZONEGEN)`);
  return found;
}

async function makeZone({ root, folder, officers, seed }) {
  await run('python3', [zonegenPath(root), '--officers', String(officers), '--seed', String(seed), '--out', folder]);
  return {
    folder,
    roster: parseCsv(fs.readFileSync(path.join(folder, 'roster.csv'), 'utf8')),
    expected: JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')),
  };
}

/** worker import roster / import igot, as an administrator runs them; returns what they printed. */
async function importZone({ worker, zone, env }) {
  const outputs = [];
  for (const [kind, file] of [['roster', 'roster.csv'], ['igot', 'UserReport.csv'], ['igot', 'ConsumptionReport.csv']]) {
    outputs.push(await run('dotnet', [worker, 'import', kind, path.join(zone.folder, file)], { env }));
  }
  return outputs;
}

/** An officer with a role, some courses done and some pending; and a nodal officer. Each with their roster row. */
function people(zone) {
  const byEmail = new Map(zone.roster.map((r) => [r['Gov e-mail ID'].toLowerCase(), r]));
  const entries = Object.entries(zone.expected.officers);
  const officer = entries.find(([, o]) => o.role_in_product === 'Officer' && o.role && o.completed.length > 0 && o.pending.length > 0 && o.required.length === 6);
  const nodal = entries.find(([, o]) => o.role_in_product === 'Nodal');
  if (!officer || !nodal) throw new Error('the zone has no suitable officer or no nodal officer');
  const others = zone.roster.filter((r) => ![officer[0], nodal[0]].includes(r['Gov e-mail ID'].toLowerCase())).slice(0, 5);
  const person = ([email, expected]) => ({ email, expected, row: byEmail.get(email) });
  return { officer: person(officer), nodal: person(nodal), others };
}

/** RFC 4180 CSV (quoted fields, doubled quotes) into objects keyed by the header. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h.replace(/^\uFEFF/, ''), r[i] ?? ''])));
}

module.exports = { makeZone, importZone, people };
