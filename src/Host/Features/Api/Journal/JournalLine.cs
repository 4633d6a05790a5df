namespace Reconsideration.Host.Features.Api.Journal;

/// <summary>One line of a case's journal in plain Chinese.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who, by name ("系统" for timers and the engine).</param>
/// <param name="Source">"案件" for the case history, "流程" for the workflow engine's journal.</param>
/// <param name="Text">What happened.</param>
public sealed record JournalLine(DateTimeOffset At, string Actor, string Source, string Text);
