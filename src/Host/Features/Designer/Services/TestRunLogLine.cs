namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>One line of a test run's log: simulated time (none for a stand-in's note), text, and whether the person did it.</summary>
public sealed record TestRunLogLine(DateTimeOffset? At, string Text, bool IsStep);
