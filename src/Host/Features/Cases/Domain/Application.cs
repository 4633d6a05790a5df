namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>行政复议申请: what was received, from whom, against whom and what is asked.</summary>
public sealed record Application
{
    /// <summary>The day the organ received the application; the acceptance review counts from it (Art. 30).</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>申请方式.</summary>
    public required ApplicationChannel Channel { get; init; }

    /// <summary>The transcript of an oral application; required exactly when <see cref="Channel"/> is oral.</summary>
    public OralApplicationRecord? OralRecord { get; init; }

    /// <summary>申请人, at least one.</summary>
    public required IReadOnlyList<Party> Applicants { get; init; }

    /// <summary>代表人 (Art. 15): the name of the applicant the applicants chose to represent them, when they are many.</summary>
    public string? Representative { get; init; }

    /// <summary>委托代理人.</summary>
    public IReadOnlyList<Agent> Agents { get; init; } = [];

    /// <summary>被申请人.</summary>
    public required Respondent Respondent { get; init; }

    /// <summary>第三人.</summary>
    public IReadOnlyList<Party> ThirdParties { get; init; } = [];

    /// <summary>被申请复议的行政行为.</summary>
    public required ChallengedAct ChallengedAct { get; init; }

    /// <summary>行政复议请求.</summary>
    public required string Requests { get; init; }

    /// <summary>事实和理由.</summary>
    public required string FactsAndReasons { get; init; }
}
