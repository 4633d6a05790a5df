namespace Reconsideration.Workflows.Simulation;

/// <summary>A clock that stands still until the simulation moves it.</summary>
public sealed class SimulationClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void MoveTo(DateTimeOffset instant)
    {
        if (instant > _now) _now = instant;
    }
}
