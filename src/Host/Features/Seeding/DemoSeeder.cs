using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Persistence;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// Seeds the demo organisation's users and cases. Idempotent: a user that exists is left alone (its password too), and
/// each demo case is recorded in api_seed_marks once made, so a second start — or a start after a crash half-way —
/// makes only what is missing.
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, IConfiguration configuration, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedUsersAsync();
        var contexts = services.GetRequiredService<IDbContextFactory<ApiDbContext>>();
        var links = services.GetRequiredService<CaseLinks>();
        var cases = services.GetRequiredService<DemoCases>();
        foreach (var demo in cases.All)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var key = "demo-case:" + demo.Key;
            if (await db.SeedMarks.AnyAsync(m => m.Key == key, cancellationToken)) continue;
            var @case = await demo.Make(cancellationToken);
            if (demo.StartsWorkflow) await StartWorkflowAsync(@case);
            if (demo.Handler is { } handler)
                await links.AssignAsync(@case.Id, handler.UserName, handler.DisplayName, "系统", cancellationToken);
            db.SeedMarks.Add(new SeedMarkRow { Key = key, Value = @case.Id.ToString(), At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("演示案件 {Number}（{Stage}）", @case.Number, demo.Stage);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Starts the intake process (Api:IntakeProcess) as intake through the API does, so its first task is in the handlers' inbox.</summary>
    private async Task StartWorkflowAsync(Case @case)
    {
        var engine = services.GetRequiredService<WorkflowEngine>();
        if (configuration["Api:IntakeProcess"] is not { Length: > 0 } processId || (await engine.DefinitionsAsync(processId)).Count == 0) return;
        var workflows = services.GetRequiredService<CaseWorkflows>();
        var instance = await workflows.StartAsync(@case, processId, null, Actor.System);
        await workflows.CompleteIntakeAsync(@case, instance, Actor.System);
    }

    private async Task SeedUsersAsync()
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var password = configuration["Seeding:DemoPassword"] is { Length: > 0 } p ? p : DemoUser.DefaultPassword;
        foreach (var demo in DemoUser.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new StaffUser { UserName = demo.UserName, DisplayName = demo.DisplayName };
            Check(await users.CreateAsync(user, password), demo.UserName);
            Check(await users.AddToRoleAsync(user, demo.Role), demo.UserName);
            logger.LogInformation("演示用户 {User}（{Name}，{Role}）", demo.UserName, demo.DisplayName, StaffRoles.ChineseName(demo.Role));
        }
    }

    private static void Check(IdentityResult result, string user)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"无法创建演示用户“{user}”：{string.Join("；", result.Errors.Select(e => e.Description))}");
    }
}
