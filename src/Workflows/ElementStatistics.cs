namespace Reconsideration.Workflows;

/// <summary>How the instances of one definition went through one of its elements.</summary>
/// <param name="Passed">Instances that completed the element at least once.</param>
/// <param name="Waiting">
/// Instances waiting there now: an open task, a timer or a message of an intermediate catch event or event-based
/// gateway. A boundary event's wait is not counted (its activity is); nor is a sub-process or call activity (what runs
/// inside it is).
/// </param>
public sealed record ElementStatistics(string ElementId, int Passed, int Waiting);
