using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>One demo case: its seed key, the stage it is brought to, its handler, and how it is made.</summary>
internal sealed record DemoCase(string Key, string Stage, DemoUser? Handler, Func<CancellationToken, Task<Case>> Make);
