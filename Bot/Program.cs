using IntervisieBot.Hosting;

if (await BotCommandLine.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddIntervisieBot();
var app = builder.Build();
app.MapIntervisieBot();
await app.RunAsync();
return 0;

public partial class Program;
