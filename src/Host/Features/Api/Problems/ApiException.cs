namespace Reconsideration.Host.Features.Api.Problems;

/// <summary>A refusal the API itself makes (no access to a case, an upload of the wrong kind), answered as ProblemDetails.</summary>
internal sealed class ApiException(int status, string detail, string? title = null) : Exception(detail)
{
    public int Status { get; } = status;

    public string? Title { get; } = title;

    public static ApiException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, detail);

    public static ApiException NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);
}
