namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>One line of the instance viewer's journal, in Chinese.</summary>
/// <param name="ElementId">The element it concerns when it is on the diagram shown, else null.</param>
public sealed record DiagramJournalEntry(long Sequence, DateTimeOffset At, string Actor, string Text, string? ElementId);
