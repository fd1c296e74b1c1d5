// The playground's web UI in headless Debian Chromium (playwright-core), as an officer sees it. Only loopback:
// every other request is aborted (the page's CDN fonts and scripts among them) and counted.
const fs = require('fs');
const os = require('os');
const path = require('path');

// Selectors of playground 0.2.28. Bot messages are Fluent "OutputCard"s; the log panel repeats message text, so
// text look-ups are scoped to .fai-OutputCard.
const SELECTORS = {
  botMessages: (page) => page.locator('.fai-OutputCard'),
  personalChat: (page) => page.getByRole('treeitem', { name: 'Personal Chat' }),
  input: (page) => page.locator('[data-lexical-editor="true"][role="textbox"]'),
  send: (page) => page.getByRole('button', { name: 'Send Message' }),
  // Teams' feedback buttons under a bot message (channelData.feedbackLoop), and the playground's feedback dialog.
  dislike: (page) => page.getByRole('button', { name: 'Dislike' }),
  feedbackComment: (page) => page.getByPlaceholder(/Give as much detail as you can/),
  feedbackSubmit: (page) => page.getByRole('button', { name: 'Submit' }),
  feedbackThanks: (page) => page.getByText('We appreciate your feedback.'),
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

async function launch(executablePath) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'karmayogi-e2e-profile-'));
  // Playwright refuses --user-data-dir in args: a persistent context on a new folder is a fresh profile.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  const aborted = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname) || ['data:', 'blob:'].includes(url.protocol)) return route.continue();
    aborted.push(url.origin);
    return route.abort();
  });
  return {
    context,
    aborted,
    async close() { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Opens the personal chat with the bot and waits for the bot's greeting (sent on each page load's install). */
async function openChat(context, url, greeting) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await SELECTORS.personalChat(page).click();
  await SELECTORS.input(page).waitFor();
  await waitForMessage(page, 0, [greeting], 'the greeting');
  return page;
}

/** Types a question, sends it, and waits for a new bot message whose text matches every pattern. */
async function ask(page, text, patterns) {
  const before = await SELECTORS.botMessages(page).count();
  const input = SELECTORS.input(page);
  await input.click();
  await input.pressSequentially(text);
  const started = Date.now();
  await SELECTORS.send(page).click();
  const shown = await waitForMessage(page, before, patterns, `"${text}"`);
  return { text: shown, ms: Date.now() - started };
}

/** The citation markers ([1], [2] ...) on the latest bot message, and whether it carries Teams' 👍/👎 buttons. */
async function latestAnswer(page) {
  const message = SELECTORS.botMessages(page).last();
  const text = await message.innerText();
  const feedback = await SELECTORS.dislike(page).count() > 0 && await SELECTORS.dislike(page).last().isVisible();
  return { markers: [...new Set(text.match(/\[\d+\]/g) || [])], feedback };
}

/** 👎 on the latest bot message with a comment, as an officer does it: the button, the dialog, Submit, "thank you" (screenshot), Close. */
async function dislikeLatest(page, comment, screenshotPath) {
  const button = SELECTORS.dislike(page).last();
  await button.waitFor({ timeout: 10000 });
  await button.click();
  await SELECTORS.feedbackComment(page).fill(comment);
  await SELECTORS.feedbackSubmit(page).click();
  await SELECTORS.feedbackThanks(page).waitFor({ timeout: 10000 });
  await page.screenshot({ path: screenshotPath });
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 10000 });
}

async function waitForMessage(page, from, patterns, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  let last = [];
  while (Date.now() < deadline) {
    last = (await SELECTORS.botMessages(page).allInnerTexts()).slice(from);
    const match = last.find((t) => patterns.every((p) => p.test(t)));
    if (match) return match;
    await page.waitForTimeout(100);
  }
  throw new Error(`the page shows no bot message matching ${patterns.join(' and ')} after ${what}; it shows:\n${last.map((t) => t.slice(0, 400)).join('\n---\n')}`);
}

module.exports = { launch, openChat, ask, latestAnswer, dislikeLatest };
