namespace Reconsideration.Host.Tests.Workflows;

/// <summary>One call of a service-task handler as the recording double saw it.</summary>
public sealed record HandlerCall(string Handler, string ElementId, IReadOnlyDictionary<string, string> Parameters, string? Recipient)
{
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}
