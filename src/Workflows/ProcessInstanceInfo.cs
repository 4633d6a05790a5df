using System.Text.Json;

namespace Reconsideration.Workflows;

/// <summary>What a caller sees of a process instance.</summary>
public sealed record ProcessInstanceInfo(
    Guid Id,
    Guid RootId,
    Guid? ParentId,
    string DefinitionId,
    string ProcessId,
    string? BusinessKey,
    InstanceState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<string> ActiveElements,
    bool HasIncident);
