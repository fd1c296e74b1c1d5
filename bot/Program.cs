using KarmayogiBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotServices();

var app = builder.Build();
app.MapBotEndpoints();
app.Run();
