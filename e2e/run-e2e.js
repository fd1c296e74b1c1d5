#!/usr/bin/env node
// End-to-end: the bot, a zone made by zonegen and imported with the worker's commands, and the Microsoft 365 Agents
// Playground, driven as an officer and as a nodal officer of that zone, first in headless Chromium (what they see,
// with screenshots) and then through the playground's browserless API. Nothing leaves loopback.
// Usage (after e2e/run.sh has installed what it needs): node e2e/run-e2e.js [--update-docs]
//   E2E_CONFIGURATION (Debug), CHROMIUM (/usr/bin/chromium), ZONEGEN (../shared/tools/zonegen/zonegen.py)
const fs = require('fs');
const path = require('path');
const { start, run, stopAll, freePort, waitFor, tail } = require('./lib/processes');
const { makeZone, importZone, people } = require('./lib/zone');
const { startPlayground } = require('./lib/playground');
const { PlaygroundApi } = require('./lib/api-client');
const browser = require('./lib/browser');
const { squash } = require('./lib/cards');

const ROOT = path.resolve(__dirname, '..');
const RUN = path.join(__dirname, 'run');
const CONFIGURATION = process.env.E2E_CONFIGURATION || 'Debug';
const UPDATE_DOCS = process.argv.includes('--update-docs');

const timings = [];
let checks = 0;
async function step(name, action) {
  const started = Date.now();
  const result = await action();
  timings.push([name, Date.now() - started]);
  console.log(`ok ${String(Date.now() - started).padStart(6)} ms  ${name}`);
  return result;
}

// Expectations: a RegExp, or a course name that must appear (compared on letters and digits).
const course = (name) => ({ test: (text) => squash(text).includes(squash(name)), toString: () => `"${name}"` });
const counted = (patterns) => { checks += patterns.length; return patterns; };
// What the officer types in the 👎 dialog; the team reads it back with `worker questions --disliked`.
const DISLIKE_COMMENT = 'I also wanted to know my batch for the assessment';
const ddmmyyyy = (iso) => iso.split('-').reverse().join('.');

async function main() {
  const t0 = Date.now();
  fs.rmSync(RUN, { recursive: true, force: true });
  fs.mkdirSync(RUN, { recursive: true });
  const netguardLog = path.join(RUN, 'netguard.log');
  fs.writeFileSync(netguardLog, '');
  const dll = (project, name) => path.join(ROOT, project, 'bin', CONFIGURATION, 'net10.0', `${name}.dll`);
  for (const file of [dll('bot', 'KarmayogiBot.Bot'), dll('worker', 'KarmayogiBot.Worker')]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (e2e/run.sh builds unless --no-build)`);
  }
  const store = { ConnectionStrings__Karmayogi: `Data Source=${path.join(RUN, 'karmayogi.db')}`, Store__Provider: 'Sqlite' };
  // .NET's HttpClient honours these: any request of the bot or the worker beyond loopback goes to a closed port.
  const noEgress = { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: 'localhost,127.0.0.1' };

  // 1. The zone, imported as an administrator would.
  const zone = await step('zonegen: 60 officers, two of them nodal', () => makeZone({ root: ROOT, folder: path.join(RUN, 'zone'), officers: 60, seed: 11 }));
  await step('worker import roster, import igot (users, consumption)', () => importZone({ worker: dll('worker', 'KarmayogiBot.Worker'), zone, env: { ...store, ...noEgress } }));
  const { officer, nodal, others } = people(zone);
  const totals = zone.expected.totals;
  console.log(`   officer ${officer.row['Name of the Officer']} (${officer.expected.hr_designation}, ${officer.expected.formation}); nodal ${nodal.row['Name of the Officer']}`);

  // 2. The bot, authentication off (no MicrosoftAppId), as deployed but for that.
  const botPort = await freePort();
  const botUrl = `http://127.0.0.1:${botPort}`;
  const bot = start('bot', 'dotnet', [dll('bot', 'KarmayogiBot.Bot')], {
    cwd: RUN,
    logFile: path.join(RUN, 'bot.log'),
    env: {
      ...store,
      ...noEgress,
      ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_URLS: botUrl,
      MicrosoftAppType: '', MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '',
      Exports__BaseUrl: botUrl, Exports__Folder: path.join(RUN, 'exports'), Exports__SigningKey: 'e2e-signing-key',
    },
  });
  await step('bot starts (GET /healthz)', () => waitFor('the bot', async () => (await fetch(`${botUrl}/healthz`)).ok, { process: bot }));

  // 3. One playground per person: its mock current user is that roster officer.
  const [officerPg, nodalPg] = await step('playgrounds start (officer, nodal officer)', () => Promise.all([
    startPlayground({ name: 'playground (officer)', folder: path.join(RUN, 'pg-officer'), botUrl, current: officer.row, others: [nodal.row, ...others.slice(0, 4)], netguardLog }),
    startPlayground({ name: 'playground (nodal)', folder: path.join(RUN, 'pg-nodal'), botUrl, current: nodal.row, others: [officer.row, ...others.slice(0, 4)], netguardLog }),
  ]));

  const required = officer.expected.required.map(course);
  const deadline = new RegExp(ddmmyyyy(zone.expected.deadline).replace(/\./g, '\\.'));
  const summaryFacts = [new RegExp(`Officers\\s*:?\\s*${totals.officers}\\b`), new RegExp(`Fully compliant\\s*:?\\s*${totals.compliant}\\b`)];
  const hindi = /[\u0900-\u097F]/;

  // 4. In Chromium, as each of them sees it.
  const chromium = await browser.launch(process.env.CHROMIUM || '/usr/bin/chromium');
  try {
    const page = await step('officer opens the personal chat: greeted by name', () =>
      browser.openChat(chromium.context, officerPg.url, new RegExp(`Namaste, ${officer.row['Name of the Officer']}`)));
    await step('officer: "my courses" shows the six courses of the role', () => browser.ask(page, 'my courses', counted([/mandatory iGOT courses/i, ...required])));
    await page.screenshot({ path: path.join(RUN, 'officer-my-courses.png') });
    await step('officer: the answer carries its citation marker and the 👍/👎 buttons', async () => {
      const { markers, feedback } = await browser.latestAnswer(page);
      checks += 2;
      if (!markers.includes('[1]')) throw new Error(`the answer shows no citation marker [1] (markers: ${markers.join(', ') || 'none'})`);
      if (!feedback) throw new Error('the answer shows no feedback buttons');
    });
    await step('officer: 👎 with a comment, from the page', () => browser.dislikeLatest(page, DISLIKE_COMMENT, path.join(RUN, 'officer-feedback.png')));
    await step('officer: "deadline" shows the date', () => browser.ask(page, 'deadline', counted([/deadline/i, deadline])));
    await step('officer: Hindi "मेरे अनिवार्य पाठ्यक्रम कौन से हैं?" answered in Hindi', () =>
      browser.ask(page, 'मेरे अनिवार्य पाठ्यक्रम कौन से हैं?', counted([/आपके अनिवार्य/, hindi, ...required])));
    await page.screenshot({ path: path.join(RUN, 'officer.png') });

    const nodalPage = await step('nodal officer opens the personal chat', () => browser.openChat(chromium.context, nodalPg.url, /Namaste/));
    await step('nodal officer: "summary" shows the zone figures of expected.json', () => browser.ask(nodalPage, 'summary', counted([/Fully compliant/, ...summaryFacts])));
    await nodalPage.screenshot({ path: path.join(RUN, 'nodal-summary.png') });
  } finally {
    await chromium.close();
  }
  console.log(`   the browser's requests beyond loopback, aborted: ${[...new Set(chromium.aborted)].join(', ') || 'none'}`);

  // 5. The same people through the playground's browserless API.
  const officerApi = await new PlaygroundApi(officerPg.url).connect();
  const nodalApi = await new PlaygroundApi(nodalPg.url).connect();
  try {
    await step('api: officer install greeting', () => officerApi.install(counted([/Namaste/])));
    await step('api: officer "my courses"', () => officerApi.ask('my courses', counted(required)));
    await step('api: officer "my status" names a pending course', () => officerApi.ask('my status', counted([course(officer.expected.pending[0])])));
    await step('api: officer Hindi "अंतिम तिथि क्या है?"', () => officerApi.ask('अंतिम तिथि क्या है?', counted([hindi, deadline])));
    await step('api: nodal "summary"', () => nodalApi.ask('summary', counted(summaryFacts)));
    await step('api: nodal "defaulters"', () => nodalApi.ask('defaulters', counted([new RegExp(`Not yet compliant: ${totals.officers - totals.compliant} of ${totals.officers}`)])));
    await step('api: nodal "nudge status"', () => nodalApi.ask('nudge status', counted([/nudge/i])));
    await step('api: officer asking "summary" is refused', () => officerApi.ask('summary', counted([/nodal/i]))
      .then((r) => { if (summaryFacts.every((p) => p.test(r.text))) throw new Error('an ordinary officer got the zone summary'); return r; }));
  } finally {
    officerApi.close();
    nodalApi.close();
  }

  // 6. The 👎 and its comment reached the question log: what the team reads to extend the phrasings.
  await step('worker questions --disliked lists "my courses" with the comment', async () => {
    const listed = await run('dotnet', [dll('worker', 'KarmayogiBot.Worker'), 'questions', '--disliked'], { env: { ...store, ...noEgress } });
    checks += 2;
    if (!/my courses/i.test(listed)) throw new Error(`"my courses" is not among the disliked questions:\n${listed}`);
    if (!listed.includes(DISLIKE_COMMENT)) throw new Error(`the comment is not listed:\n${listed}`);
    console.log(listed.trim().split('\n').map((l) => `   | ${l}`).join('\n'));
  });

  // 7. Nothing left the machine.
  // (netguard.log: the playgrounds'; netguard-runner.log: this script's own, see run.sh.)
  const blocked = fs.readdirSync(RUN).filter((f) => /^netguard.*\.log$/.test(f))
    .flatMap((f) => fs.readFileSync(path.join(RUN, f), 'utf8').split('\n').filter((l) => l.includes('BLOCKED')));
  if (blocked.length) throw new Error(`connections beyond loopback were attempted:\n${blocked.join('\n')}`);
  checks++;

  if (UPDATE_DOCS) {
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(RUN, 'officer-my-courses.png'), path.join(ROOT, 'docs', 'screenshot.png'));
    fs.copyFileSync(path.join(RUN, 'nodal-summary.png'), path.join(ROOT, 'docs', 'screenshot-nodal.png'));
    fs.copyFileSync(path.join(RUN, 'officer-feedback.png'), path.join(ROOT, 'docs', 'screenshot-feedback.png'));
    console.log('   docs/screenshot.png, docs/screenshot-nodal.png and docs/screenshot-feedback.png updated');
  }
  console.log(`e2e passed: ${checks} checks, ${timings.length} steps in ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in e2e/run/`);
}

// Stopped from outside (run.sh's time limit, Ctrl+C): stop the bot and the playgrounds too.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { console.error(`e2e: ${signal}, stopping`); stopAll().finally(() => process.exit(1)); });
}

main()
  .catch((error) => {
    console.error(`e2e FAILED: ${error.message}`);
    for (const log of ['bot.log', 'pg-officer/playground.out', 'pg-nodal/playground.out']) {
      if (fs.existsSync(path.join(RUN, log))) console.error(`--- ${log} (last lines)\n${tail(path.join(RUN, log), 25)}`);
    }
    process.exitCode = 1;
  })
  .finally(stopAll);
