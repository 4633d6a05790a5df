using System.Text.Json;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>A message to the case's workflow (docs/workflows.md, "Messages") with the variables it carries.</summary>
/// <param name="Name">The message name, e.g. "中止审理".</param>
/// <param name="Variables">Variables it sets, e.g. suspensionGround and suspensionReason for 中止审理.</param>
public sealed record CaseMessageRequest(string? Name, Dictionary<string, JsonElement>? Variables);
