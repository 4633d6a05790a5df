namespace Reconsideration.Workflows.Storage;

/// <summary>A filter over human tasks; null members do not filter.</summary>
internal sealed record TaskQuery
{
    public string? Assignee { get; init; }
    /// <summary>Unassigned open tasks this user may claim, as a candidate user or through one of the roles.</summary>
    public (string UserId, IReadOnlyCollection<string> Roles)? Claimable { get; init; }
    public Guid? InstanceId { get; init; }
    public Guid? RootInstanceId { get; init; }
    public string? ElementId { get; init; }
    public bool OpenOnly { get; init; } = true;
    public int Take { get; init; } = 1000;
}
