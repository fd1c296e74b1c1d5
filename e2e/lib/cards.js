// What a person reads in a bot message: its text, and its Adaptive Cards' TextBlocks, facts and buttons.
function cardText(node) {
  if (Array.isArray(node)) return node.map(cardText).join('\n');
  if (!node || typeof node !== 'object') return '';
  const own = [];
  if (node.type === 'TextBlock' && node.text) own.push(node.text);
  if (node.type === 'Fact' || (node.title !== undefined && node.value !== undefined)) own.push(`${node.title}: ${node.value}`);
  if (typeof node.type === 'string' && node.type.startsWith('Action.') && node.title) own.push(node.title);
  const children = ['body', 'items', 'columns', 'facts', 'actions', 'card'].filter((k) => node[k]).map((k) => cardText(node[k]));
  return [...own, ...children].filter(Boolean).join('\n');
}

function messageText(message) {
  const cards = (message.attachments || []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => cardText(a.content));
  return [message.text || '', ...cards].filter(Boolean).join('\n');
}

/** Course names as they are printed and as iGOT lists them compare equal: letters and digits only, lower case. */
const squash = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

module.exports = { cardText, messageText, squash };
