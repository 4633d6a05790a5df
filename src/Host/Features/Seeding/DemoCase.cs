using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// One demo case: its seed key, the stage it is brought to, its handler, how it is made, and — for a case received today —
/// how many tasks of the shipped workflow's ordinary path it is driven through (<see cref="DemoWorkflow"/>; 0: started
/// and waiting for the acceptance review). Cases without it were brought to their stage, dated back, by the case
/// services alone: the workflow dates its steps by the real clock and cannot replay the past.
/// </summary>
internal sealed record DemoCase(string Key, string Stage, DemoUser? Handler, Func<CancellationToken, Task<Case>> Make, int? WorkflowSteps = null);
