namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>Who must act within the period.</summary>
public enum DeadlineObligor
{
    /// <summary>The reconsideration organ and its agency.</summary>
    Agency,

    /// <summary>The applicant.</summary>
    Applicant,

    /// <summary>The respondent (or the addressee of an opinion letter).</summary>
    Respondent,
}
