using System.Collections.Immutable;
using System.Text.Json;

namespace Reconsideration.Workflows.Runtime.State;

/// <summary>
/// A process instance with its tokens and variables: the unit the executor loads, advances and saves.
/// A call activity's child instance is its own record sharing the caller's <see cref="RootId"/>; the
/// whole tree is loaded and committed together under the root's revision.
/// </summary>
internal sealed record InstanceRecord(
    Guid Id,
    Guid RootId,
    Guid? ParentId,
    Guid? ParentTokenId,
    string DefinitionId,
    string ProcessId,
    string? BusinessKey,
    InstanceState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long Revision)
{
    public ImmutableDictionary<string, JsonElement> Variables { get; init; } = Runtime.State.Variables.Empty;
    public ImmutableArray<Token> Tokens { get; init; } = [];
}
