// Preload (node -r ./netguard.js): nothing leaves the machine. Every DNS lookup of a name other than localhost
// fails, and every TCP connection to an address other than loopback is sent to a closed local port (an ordinary
// ECONNREFUSED), both written to $NETGUARD_LOG (default ./netguard.log). The e2e test fails when the log names one.
const fs = require('fs');
const net = require('net');
const dns = require('dns');

const LOG = process.env.NETGUARD_LOG || 'netguard.log';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', '::ffff:127.0.0.1']);
const local = (host) => !host || LOOPBACK.has(String(host).toLowerCase());
const note = (line) => { try { fs.appendFileSync(LOG, `${new Date().toISOString()} pid=${process.pid} ${line}\n`); } catch { /* a log that cannot be written must not break the program */ } };

const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  if (!local(host)) {
    note(`BLOCKED dns ${host}`);
    const error = new Error(`netguard: ${host} is not loopback`);
    error.code = 'ENOTFOUND';
    return process.nextTick(callback, error);
  }
  return lookup.call(this, host, options, callback);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // Node calls connect() internally with a normalised [options, callback] array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  if (options.port != null && !options.path) {
    const host = options.host ?? 'localhost';
    if (!local(host)) {
      note(`BLOCKED connect ${host}:${options.port}`);
      if (first && typeof first === 'object') { first.host = '127.0.0.1'; first.port = 9; } else { args[0] = 9; args[1] = '127.0.0.1'; }
    }
  }
  return connect.apply(this, args);
};
