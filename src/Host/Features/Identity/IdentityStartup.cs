using Reconsideration.Host.Features.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Persistence;

namespace Reconsideration.Host.Features.Identity;

/// <summary>Migrates the Identity tables and makes sure every role exists, before the first request.</summary>
internal sealed class IdentityStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StaffDbContext>();
        SqliteFiles.Migrate(db, db.Database.GetDbConnection().DataSource);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
