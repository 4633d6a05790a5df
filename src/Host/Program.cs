using Reconsideration.Host.Cli;
using Reconsideration.Host.Features.Api;
using Reconsideration.Host.Features.Cases;
using Reconsideration.Host.Features.Cases.Workflow;
using Reconsideration.Host.Features.Designer;
using Reconsideration.Host.Features.Documents;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Seeding;
using Reconsideration.Host.Features.Staff;
using Reconsideration.Host.Features.Workflows;

if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
{
    return await CliVerbs.RunAsync(args, Console.Out, Console.Error);
}

// Settings come from beside the binary; relative data paths from where the host was started (see the csproj).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddWorkflows(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddCases(builder.Configuration);
builder.Services.AddStaffIdentity(builder.Configuration);
builder.Services.AddApi(builder.Configuration);
builder.Services.AddCaseWorkflow();
builder.Services.AddStaff(builder.Configuration);
builder.Services.AddDesigner(builder.Configuration);
// The pages' scripts and styles (Blazor's, MudBlazor's) are served from where the build left them when not published.
builder.WebHost.UseStaticWebAssets();
// Last: hosted services start in order, so the seeder finds every table migrated and the definitions deployed.
builder.Services.AddDemoSeeding(builder.Configuration);

var app = builder.Build();
app.UseApiErrors();
app.UseStaffAuthentication();
app.MapHealthChecks("/health");
app.MapApiEndpoints();
app.MapDesignerEndpoints();
app.MapStaff();
await app.RunAsync();
return 0;

/// <summary>Lets the functional tests start the host in memory.</summary>
public partial class Program;
