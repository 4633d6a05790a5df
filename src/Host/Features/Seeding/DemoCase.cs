using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// One demo case: its seed key, the stage it is brought to, its handler, how it is made, and whether the intake
/// workflow is started for it (only a case still at the workflow's first stage can be: the others were brought to
/// their stage by the case services, past steps the workflow would want to do itself).
/// </summary>
internal sealed record DemoCase(string Key, string Stage, DemoUser? Handler, Func<CancellationToken, Task<Case>> Make, bool StartsWorkflow = false);
