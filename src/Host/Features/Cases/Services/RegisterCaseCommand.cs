using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>收案登记: the application as received, and optionally a case number typed by hand (e.g. a paper register's).</summary>
public sealed record RegisterCaseCommand
{
    /// <summary>The application.</summary>
    public required Application Application { get; init; }

    /// <summary>A case number typed by hand; null to allocate the next serial of the year of receipt.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The procedure suggested at intake, if any (advice only; decided on acceptance).</summary>
    public ProcedureSuggestion? SuggestedProcedure { get; init; }
}
