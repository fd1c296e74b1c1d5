// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), one process per mock user, offline:
// --dt, no statsbeat, no browser of its own, and netguard.js preloaded so that nothing it does leaves loopback.
const fs = require('fs');
const path = require('path');
const { start, freePort, waitFor } = require('./processes');

const TENANT = '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const BOT = { id: '28:7e3b9d2a-1c4f-4e8a-9b6d-2f5a8c1e3d70', name: 'KarmayogiBot' };

/** A mock user of the playground from a roster row (Teams ids made from the employee code). */
function user(row) {
  const [givenName, ...rest] = row['Name of the Officer'].split(' ');
  return {
    id: `29:${row['Employee Code']}`, name: row['Name of the Officer'], userPrincipleName: row['Gov e-mail ID'],
    aadObjectId: row.AadObjectId, givenName, surname: rest.join(' ') || givenName, email: row['Gov e-mail ID'],
  };
}

/** pg-config.yml (schema 0.1.1): the current user and exactly five others. JSON scalars are valid YAML. */
function configYaml(current, others) {
  const q = JSON.stringify;
  const userLines = (u, indent) => Object.entries(u).map(([k, v]) => `${indent}${k}: ${q(v)}`).join('\n');
  return [
    '# Written by e2e/lib/playground.js for one run: the current user is a roster officer of the zone under test.',
    'version: "0.1.1"',
    `tenantId: ${q(TENANT)}`,
    'bot:', `  id: ${q(BOT.id)}`, `  name: ${q(BOT.name)}`,
    'currentUser:', userLines(user(current), '  '),
    'users:', ...others.map((o) => userLines(user(o), '    ').replace(/^ {4}/, '  - ')),
    'personalChat:', `  id: ${q(`a:personal-${current['Employee Code']}`)}`,
    'groupChat:', '  id: "19:zone-group@thread.v2"', '  name: "Zone group"',
    'team:', '  id: "19:zone-team@thread.tacv2"', '  name: "Zone team"', '  aadGroupId: "b7d1c2e3-0000-4000-8000-000000000001"',
    '  channels:', '    - id: "19:zone-nodal@thread.tacv2"', '      name: "Nodal officers"',
    '',
  ].join('\n');
}

/** Starts a playground for one mock user against the bot; resolves with its URL once /_debug/ping answers. */
async function startPlayground({ name, folder, botUrl, current, others, netguardLog }) {
  fs.mkdirSync(folder, { recursive: true });
  const config = path.join(folder, 'pg-config.yml');
  fs.writeFileSync(config, configYaml(current, others));
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [path.join(__dirname, '..')] });
  const port = await freePort();
  const logFile = path.join(folder, 'playground.out');
  const proc = start(name, process.execPath, ['-r', path.join(__dirname, '..', 'netguard.js'), cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: folder,
    logFile,
    env: {
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(folder, 'playground.log'),
      NETGUARD_LOG: netguardLog,
    },
  });
  // It picks another port silently when the one asked for is taken, and says which: "Listening on N".
  const listening = await waitFor(`${name} to listen`, async () => {
    const m = /Listening on (\d+)/.exec(fs.readFileSync(logFile, 'utf8'));
    return m && Number(m[1]);
  }, { timeoutMs: 30000, process: proc });
  const url = `http://127.0.0.1:${listening}`;
  await waitFor(`${name} /_debug/ping`, async () => (await (await fetch(`${url}/_debug/ping`)).text()).includes('pong'), { timeoutMs: 15000, process: proc });
  return { url, config, process: proc };
}

module.exports = { startPlayground };
