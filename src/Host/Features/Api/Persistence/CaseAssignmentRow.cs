namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>The handler (承办人) a case is assigned to; no row = unassigned.</summary>
internal sealed class CaseAssignmentRow
{
    public Guid CaseId { get; set; }

    /// <summary>The handler's user name.</summary>
    public string Handler { get; set; } = "";

    /// <summary>The handler's name as people read it.</summary>
    public string HandlerName { get; set; } = "";

    public DateTimeOffset AssignedAt { get; set; }

    public string AssignedBy { get; set; } = "";
}
