using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>One process instance of a case (its root): what the instance viewer offers to show.</summary>
public sealed record CaseProcess(Guid RootId, string ProcessName, int Version, InstanceState State, DateTimeOffset StartedAt)
{
    public string StateName => State switch { InstanceState.Active => "办理中", InstanceState.Completed => "已办结", _ => "已终止" };
}
