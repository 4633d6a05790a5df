using Reconsideration.Host.Cli;
using Reconsideration.Host.Features.Documents;
using Reconsideration.Host.Features.Home;
using Reconsideration.Host.Features.Workflows;

if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
{
    return await CliVerbs.RunAsync(args, Console.Out, Console.Error);
}

// Settings come from beside the binary; relative data paths from where the host was started (see the csproj).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddWorkflows(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);

var app = builder.Build();
app.MapHomeEndpoints();
app.MapHealthChecks("/health");
await app.RunAsync();
return 0;

/// <summary>Lets the functional tests start the host in memory.</summary>
public partial class Program;
