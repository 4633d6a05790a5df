namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>One piece of demo data already seeded (e.g. "demo-case:served" → the case id), so seeding runs once.</summary>
internal sealed class SeedMarkRow
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
