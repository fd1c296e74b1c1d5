using KarmayogiBot.Bot.Exports;
using KarmayogiBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotServices();

var app = builder.Build();
app.MapBotEndpoints();
app.MapExportEndpoints();
app.Run();
