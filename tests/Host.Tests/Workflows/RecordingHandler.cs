using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>
/// Stands in for a domain handler of docs/workflows.md: it records the call and, where the contract says the
/// handler sets a variable the workflow routes on, sets it. The real handlers belong to the case domain.
/// </summary>
internal sealed class RecordingHandler(string name, List<HandlerCall> log) : IServiceTaskHandler
{
    /// <summary>Every handler name the shipped workflows use (docs/workflows.md, "Service-task handlers").</summary>
    public static readonly string[] Names =
    [
        "documents.issue", "cases.setStatus", "cases.accept", "cases.forward", "cases.recordNoReply", "cases.extend",
        "deadlines.compute", "committee.refer", "service.record",
    ];

    public string Name { get; } = name;

    public void Execute(ServiceTaskContext context)
    {
        var recipient = context.Variables.TryGetValue("recipient", out var r) ? r.ToString() : null;
        lock (log) log.Add(new HandlerCall(Name, context.ElementId, context.Parameters, recipient));
        // The contract: cases.extend records the one extension the law allows (Art. 62) and says so.
        if (Name == "cases.extend") context.Set("extended", true);
    }

    public static IReadOnlyList<IServiceTaskHandler> All(List<HandlerCall> log) => [.. Names.Select(n => new RecordingHandler(n, log))];
}
