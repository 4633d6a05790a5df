using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One line of the case search: the register line, its handler, and whether the user may open the case.</summary>
public sealed record CaseRow(CaseSummary Case, string? HandlerName, bool MayOpen);
