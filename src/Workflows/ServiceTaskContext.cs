using System.Text.Json;

namespace Reconsideration.Workflows;

/// <summary>What a service-task handler sees, and where it puts the variables it produces.</summary>
public sealed class ServiceTaskContext(
    Guid instanceId,
    string? businessKey,
    string elementId,
    string? elementName,
    IReadOnlyDictionary<string, string> parameters,
    IReadOnlyDictionary<string, JsonElement> variables,
    DateTimeOffset now)
{
    private readonly Dictionary<string, JsonElement> _outputs = [];

    public Guid InstanceId { get; } = instanceId;
    public string? BusinessKey { get; } = businessKey;
    public string ElementId { get; } = elementId;
    public string? ElementName { get; } = elementName;
    /// <summary>The literal parameters of the service task (rc:parameter).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
    public IReadOnlyDictionary<string, JsonElement> Variables { get; } = variables;
    public DateTimeOffset Now { get; } = now;
    internal IReadOnlyDictionary<string, JsonElement> Outputs => _outputs;

    /// <summary>Sets a process variable, applied only if the handler returns normally.</summary>
    public void Set(string name, object? value) => _outputs[name] = Runtime.State.Variables.ToJson(value);
}
