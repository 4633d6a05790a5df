using Reconsideration.Host.Features.Cases.Persistence;

namespace Reconsideration.Host.Features.Cases;

/// <summary>Migrates the case tables when the host starts, so the first request does not pay for it or fail on it.</summary>
internal sealed class CasesStartup(CasesDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.Migrate();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
