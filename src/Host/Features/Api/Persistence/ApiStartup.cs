using Reconsideration.Host.Features.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>Migrates the API's tables when the host starts.</summary>
internal sealed class ApiStartup(IDbContextFactory<ApiDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        SqliteFiles.Migrate(db, db.Database.GetDbConnection().DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
