// The playground without a browser: the REST and WebSocket calls its web UI makes.
//   GET  /_internal/v1/config                                 personal chat id, current user, bot
//   POST /_debug/conversation/<conversation>/installation {}   the install events (installationUpdate, conversationUpdate)
//   WS   /_ws_conversation/v1/conversations/stream             {action: "createMessage" | "updateMessage", message}
//   POST /_conversation/v1/conversations/<conversation>/messages {from: {id}, text, textFormat: "plain"}
const { messageText } = require('./cards');

class PlaygroundApi {
  constructor(url) { this.url = url; }

  async call(method, path, body) {
    const response = await fetch(this.url + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    try { return JSON.parse(text); } catch { return text; }
  }

  async connect() {
    const { config } = await this.call('GET', '/_internal/v1/config');
    this.conversation = config.personalChat.id;
    this.me = config.currentUser;
    this.bot = config.bot;
    this.waiters = [];
    this.socket = new WebSocket(this.url.replace(/^http/, 'ws') + '/_ws_conversation/v1/conversations/stream');
    await new Promise((resolve, reject) => { this.socket.onopen = resolve; this.socket.onerror = () => reject(new Error('the playground WebSocket did not open')); });
    this.socket.onmessage = (event) => {
      const update = JSON.parse(event.data);
      if (!['createMessage', 'updateMessage'].includes(update.action) || update.message?.from?.id !== this.bot.id) return;
      const text = messageText(update.message);
      this.waiters = this.waiters.filter((w) => !w(text));
    };
    return this;
  }

  /** The first bot message from now on whose text matches every pattern. */
  next(patterns, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no bot message matched ${patterns.join(' and ')} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push((text) => {
        if (!patterns.every((p) => p.test(text))) return false;
        clearTimeout(timer);
        resolve(text);
        return true;
      });
    });
  }

  async install(patterns) {
    const reply = this.next(patterns);
    await this.call('POST', `/_debug/conversation/${encodeURIComponent(this.conversation)}/installation`, {});
    return reply;
  }

  /** Sends text as the current user; resolves with the reply's text and the round trip in ms. */
  async ask(text, patterns) {
    const started = Date.now();
    const reply = this.next(patterns);
    await this.call('POST', `/_conversation/v1/conversations/${encodeURIComponent(this.conversation)}/messages`, { from: { id: this.me.id }, text, textFormat: 'plain' });
    return { text: await reply, ms: Date.now() - started };
  }

  close() { this.socket?.close(); }
}

module.exports = { PlaygroundApi };
