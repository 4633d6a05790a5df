using Reconsideration.Host.Cli;
using Reconsideration.Host.Features.Home;

if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
{
    return await CliVerbs.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHomeEndpoints();
app.MapHealthChecks("/health");
await app.RunAsync();
return 0;
