namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// 程序建议: the procedure the person registering the case suggests (e.g. simplified for a fine of at most 3,000 yuan,
/// Art. 53). Advice only: the procedure is decided on acceptance (Art. 36), and the suggestion is shown to the handler.
/// </summary>
/// <param name="Procedure">The suggested procedure.</param>
/// <param name="Reason">Why, e.g. "罚款金额不超过三千元".</param>
public sealed record ProcedureSuggestion(Procedure Procedure, string? Reason);
