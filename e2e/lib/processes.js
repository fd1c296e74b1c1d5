// Child processes of the e2e run: started with their output in a log file, stopped by their own pid at the end.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');

const started = [];

/** Starts a long-running process; its stdout and stderr go to logFile. */
function start(name, command, args, { env, cwd, logFile }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const entry = { name, child, logFile, exited: null };
  child.on('exit', (code, signal) => { entry.exited = { code, signal }; });
  started.push(entry);
  return entry;
}

/** Runs a command to completion; rejects with its output when it exits non-zero. */
function run(command, args, { env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Stops every process this run started: SIGTERM, then SIGKILL after two seconds. */
async function stopAll() {
  const running = started.filter((p) => !p.exited);
  for (const p of running) p.child.kill('SIGTERM');
  const deadline = Date.now() + 2000;
  while (running.some((p) => !p.exited) && Date.now() < deadline) await sleep(50);
  for (const p of running.filter((x) => !x.exited)) p.child.kill('SIGKILL');
}

/** A TCP port free on loopback now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

/** Polls check() until it returns a truthy value; fails with what the process logged when it exits or time runs out. */
async function waitFor(what, check, { timeoutMs = 60000, process: watched } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (watched?.exited) throw new Error(`${watched.name} exited (${JSON.stringify(watched.exited)}) before ${what}:\n${tail(watched.logFile)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${watched ? `:\n${tail(watched.logFile)}` : ''}`);
    await sleep(100);
  }
}

function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { start, run, stopAll, freePort, waitFor, tail, sleep };
