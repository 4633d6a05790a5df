namespace Reconsideration.Workflows.Model;

internal enum GatewayKind { Exclusive, Parallel, Inclusive, EventBased }

internal sealed record Gateway : FlowNode
{
    public required GatewayKind Kind { get; init; }
    /// <summary>The default sequence flow id (exclusive and inclusive gateways).</summary>
    public string? Default { get; init; }
}
