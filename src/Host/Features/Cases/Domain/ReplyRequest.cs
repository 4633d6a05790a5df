namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The copy of the application sent to the respondent with the reply notice (Arts. 48, 54), and the reply.
/// The reply period is fixed by the procedure in force when the copy was sent, because the notice states it.
/// </summary>
public sealed record ReplyRequest
{
    /// <summary>The day the copy was sent.</summary>
    public required DateOnly SentOn { get; init; }

    /// <summary>The procedure at sending: ten working days to reply (ordinary) or five (simplified).</summary>
    public required Procedure Procedure { get; init; }

    /// <summary>The day the respondent received the copy (from its service record).</summary>
    public DateOnly? RespondentReceivedOn { get; init; }

    /// <summary>The day the written reply with evidence and legal basis arrived.</summary>
    public DateOnly? RepliedOn { get; init; }

    /// <summary>The day it was recorded that no reply came in time (Art. 70: the act counts as having no evidence).</summary>
    public DateOnly? NoReplyRecordedOn { get; init; }
}
