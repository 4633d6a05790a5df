namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>听证 (Arts. 50–51): when and where, and when the parties were notified (at least five working days ahead).</summary>
public sealed record Hearing
{
    /// <summary>The day of the hearing.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Where it is held.</summary>
    public required string Place { get; init; }

    /// <summary>The day the written notice was sent to the parties.</summary>
    public DateOnly? NoticeSentOn { get; init; }

    /// <summary>The day the hearing was held and recorded (听证笔录).</summary>
    public DateOnly? HeldOn { get; init; }
}
