// The official Bot Framework SDK's echo bot (BotBuilder-Samples 02.echo-bot, JavaScript) on botbuilder 4.23:
// restify, CloudAdapter over ConfigurationBotFrameworkAuthentication, authentication off (empty MicrosoftAppId),
// onMessage answering `Echo: ${text}`. The baseline of bench/scripts/bot-throughput.sh; only the port is configurable.
const restify = require('restify');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory
} = require('botbuilder');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const replyText = `Echo: ${ context.activity.text }`;
            await context.sendActivity(MessageFactory.text(replyText, replyText));
            await next();
        });
        this.onMembersAdded(async (context, next) => {
            for (const member of context.activity.membersAdded) {
                if (member.id !== context.activity.recipient.id) {
                    await context.sendActivity(MessageFactory.text('Hello and welcome!'));
                }
            }
            await next();
        });
    }
}

const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: ''
});
const adapter = new CloudAdapter(botFrameworkAuthentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] unhandled error: ${ error }`);
    await context.sendActivity('The bot encountered an error or bug.');
};

const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});

const port = process.env.PORT || 3978;
const host = process.env.HOST || '127.0.0.1';
server.listen(port, host, () => {
    console.log(`${ server.name } listening to ${ server.url }`);
});
