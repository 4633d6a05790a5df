using System.Collections.Immutable;
using System.Text.Json;

namespace Reconsideration.Workflows.Runtime.State;

internal enum TokenState
{
    /// <summary>Moving: only inside a command, never at rest.</summary>
    Active,
    /// <summary>Waiting at a task, catch event, event-based gateway or call activity.</summary>
    Waiting,
    /// <summary>Parked at a joining gateway, having arrived via <see cref="Token.ArrivedVia"/>.</summary>
    Joining,
    /// <summary>Holding a scope open: an embedded sub-process or a multi-instance body.</summary>
    Scope,
    /// <summary>Stopped by an incident; an operator's retry executes the element again.</summary>
    Failed,
}

internal enum TokenKind { Normal, MultiInstanceBody, MultiInstanceInner }

/// <summary>A token: where one thread of an instance stands. Immutable; the executor replaces it on every move.</summary>
internal sealed record Token(
    Guid Id,
    Guid InstanceId,
    Guid? ScopeTokenId,
    string ElementId,
    TokenState State,
    TokenKind Kind = TokenKind.Normal,
    string? ArrivedVia = null,
    long Sequence = 0)
{
    /// <summary>Variables local to this token: the multi-instance loop counter and element, body counters.</summary>
    public ImmutableDictionary<string, JsonElement> Locals { get; init; } = Variables.Empty;
}
