using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reconsideration.Host.Features.Cases;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Cases.Services.Materials;

namespace Reconsideration.Host.Tests.Features.Cases;

public sealed class CasesSetupTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cases-setup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AddCases_registers_every_service_and_migrates_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:Database"] = Path.Combine(_directory, "shared.db"),
            ["Cases:DataDirectory"] = _directory,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddCases(configuration);
        services.AddSingleton<TimeProvider>(BeijingDays.At(2026, 3, 10));
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        var @case = await provider.GetRequiredService<CaseIntakeService>()
            .RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2026, 3, 10)) });

        Assert.Equal("红府复〔2026〕1号", @case.Number);
        Assert.True(File.Exists(Path.Combine(_directory, "shared.db")));
        Assert.NotNull(provider.GetRequiredService<AcceptanceService>());
        Assert.NotNull(provider.GetRequiredService<ReviewService>());
        Assert.NotNull(provider.GetRequiredService<ClosingService>());
        Assert.NotNull(provider.GetRequiredService<DocumentNumberService>());
        Assert.NotNull(provider.GetRequiredService<DeadlineQueryService>());
        Assert.NotNull(provider.GetRequiredService<MaterialService>());
        var deadlines = await provider.GetRequiredService<CaseQueryService>().DeadlinesAsync(@case.Id);
        Assert.Contains(deadlines, d => d.Kind == DeadlineKind.AcceptanceReview && d.Due == new DateOnly(2026, 3, 17));
    }
}
