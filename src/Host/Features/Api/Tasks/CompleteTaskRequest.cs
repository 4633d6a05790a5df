using System.Text.Json;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>The form data of a completed task: variables set on the process instance (JSON values).</summary>
public sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables);
