using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>Preview or issue a document: extra data merged over what the case gives, and the date it bears (default today).</summary>
/// <param name="Data">Extra data in the documents' format (snake_case keys), e.g. the decision's reasoning.</param>
/// <param name="IssueDate">The date in the signature; default today (Beijing).</param>
public sealed record DocumentRequest(JsonObject? Data, DateOnly? IssueDate);
