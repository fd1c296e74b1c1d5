#!/usr/bin/env node
// Validates a Teams app manifest offline: against Microsoft's JSON schema for its manifestVersion (shipped in the
// npm package @microsoft/app-manifest, installed in e2e/), and the icons it names (color 192x192, outline 32x32 of
// white on transparent). Usage: node scripts/validate-manifest.js [appPackage/manifest.json]
// Exit 0 when valid; 1 with the problems listed.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { createRequire } = require('module');

const root = path.resolve(__dirname, '..');
const e2eRequire = createRequire(path.join(root, 'e2e', 'package.json'));
const { AppManifestUtils } = e2eRequire('@microsoft/app-manifest/build/generated-types');

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function schemaFor(manifest) {
  // Never fetched: the schema comes from the package's own copy (json-schemas/teams/v<version>/).
  const packageRoot = path.dirname(e2eRequire.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) throw new Error(`no local schema for manifestVersion ${manifest.manifestVersion} (${file})`);
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expected) throw new Error(`$schema is ${manifest.$schema}; for manifestVersion ${manifest.manifestVersion} it is ${expected}`);
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

// PNG: size from IHDR; RGBA pixels for 8-bit RGBA images (all five row filters).
function readPng(file) {
  const data = fs.readFileSync(file);
  if (data.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  let offset = 8;
  const idat = [];
  let header;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colorType: body[9], interlace: body[12] };
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  if (!header || header.depth !== 8 || header.colorType !== 6 || header.interlace !== 0) return { ...header, pixels: null };
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      pixels[y * stride + x] = (value + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
  }
  return { ...header, pixels };
}

function checkIcons(manifest, folder) {
  const problems = [];
  const icon = (name) => path.join(folder, manifest.icons[name]);
  for (const [name, size] of [['color', 192], ['outline', 32]]) {
    if (!fs.existsSync(icon(name))) { problems.push(`icons.${name}: ${manifest.icons[name]} does not exist`); continue; }
    const png = readPng(icon(name));
    if (png.width !== size || png.height !== size) problems.push(`icons.${name}: ${png.width}x${png.height}, must be ${size}x${size}`);
  }
  if (fs.existsSync(icon('outline'))) {
    const png = readPng(icon('outline'));
    if (!png.pixels) problems.push('icons.outline: must be an 8-bit RGBA PNG (white on transparent)');
    else {
      let opaque = 0, transparent = 0, colored = 0;
      for (let i = 0; i < png.pixels.length; i += 4) {
        const [r, g, b, a] = png.pixels.subarray(i, i + 4);
        if (a === 0) transparent++;
        else { opaque++; if (r < 250 || g < 250 || b < 250) colored++; }
      }
      if (transparent === 0) problems.push('icons.outline: has no transparent background');
      if (opaque === 0) problems.push('icons.outline: is empty');
      if (colored > 0) problems.push(`icons.outline: ${colored} pixels are not white`);
    }
  }
  return problems;
}

async function validate(file) {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const problems = [];
  problems.push(...(await AppManifestUtils.validateAgainstSchema(manifest, schemaFor(manifest))).map((p) => `schema: ${p}`));
  problems.push(...checkIcons(manifest, path.dirname(file)));
  for (const bot of manifest.bots || []) {
    if (!GUID.test(bot.botId)) problems.push(`bots: botId ${bot.botId} is not a GUID`);
    // Nodal officers drop iGOT reports into the personal chat (bot/Imports): Teams delivers files only there.
    if (!bot.supportsFiles) problems.push('bots: supportsFiles is false, but nodal officers import reports by sending them in chat');
    if (bot.supportsFiles && !(bot.scopes || []).includes('personal')) problems.push('bots: supportsFiles needs the personal scope (Teams sends files to a bot only in personal chat)');
    for (const list of bot.commandLists || []) {
      const titles = list.commands.map((c) => c.title.toLowerCase());
      if (new Set(titles).size !== titles.length) problems.push(`bots: command list for ${list.scopes} repeats a title`);
    }
  }
  return { manifest, problems };
}

const shown = (file) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(root, 'appPackage', 'manifest.json'));
  validate(file).then(({ manifest, problems }) => {
    if (problems.length) {
      console.error(`${shown(file)}: ${problems.length} problem(s)`);
      for (const p of problems) console.error(`  ${p}`);
      process.exit(1);
    }
    const commands = (manifest.bots || []).flatMap((b) => b.commandLists || []).reduce((n, l) => n + l.commands.length, 0);
    console.log(`${shown(file)}: valid Teams manifest v${manifest.manifestVersion} (schema offline), icons ok, ${commands} bot commands`);
  }).catch((e) => { console.error(`FAIL ${e.message}`); process.exit(1); });
}

module.exports = { validate };
