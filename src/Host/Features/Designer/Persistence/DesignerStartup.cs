using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Persistence;

namespace Reconsideration.Host.Features.Designer.Persistence;

/// <summary>Migrates the designer's table when the host starts.</summary>
internal sealed class DesignerStartup(IDbContextFactory<DesignerDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        SqliteFiles.Migrate(db, db.Database.GetDbConnection().DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
