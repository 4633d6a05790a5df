using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Persistence;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// Seeds the demo organisation's users and cases. Idempotent: a user that exists is left alone (its password too), and
/// each demo case is recorded in api_seed_marks once made, so a second start — or a start after a crash half-way —
/// makes only what is missing. Demo cases in workflow stages are driven through the shipped workflow (<see cref="DemoWorkflow"/>).
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, IConfiguration configuration, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedUsersAsync();
        if (!configuration.GetValue("Seeding:DemoCases", true)) return;
        var contexts = services.GetRequiredService<IDbContextFactory<ApiDbContext>>();
        var links = services.GetRequiredService<CaseLinks>();
        var cases = services.GetRequiredService<DemoCases>();
        var workflow = services.GetRequiredService<DemoWorkflow>();
        foreach (var demo in cases.All)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var key = "demo-case:" + demo.Key;
            if (await db.SeedMarks.AnyAsync(m => m.Key == key, cancellationToken)) continue;
            var @case = await demo.Make(cancellationToken);
            if (demo.WorkflowSteps is { } steps) await workflow.RunAsync(@case, steps, cancellationToken);
            if (demo.Handler is { } handler)
                await links.AssignAsync(@case.Id, handler.UserName, handler.DisplayName, "系统", cancellationToken);
            db.SeedMarks.Add(new SeedMarkRow { Key = key, Value = @case.Id.ToString(), At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("演示案件 {Number}（{Stage}）", @case.Number, demo.Stage);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
