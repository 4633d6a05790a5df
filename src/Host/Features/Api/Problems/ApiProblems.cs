using Microsoft.AspNetCore.Http.HttpResults;

namespace Reconsideration.Host.Features.Api.Problems;

/// <summary>Typed ProblemDetails results with Chinese title and detail.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Of(int status, string detail, string? title = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title ?? ProblemTexts.Title(status));
}
