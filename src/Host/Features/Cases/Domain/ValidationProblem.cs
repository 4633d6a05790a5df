namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// One thing wrong with what was submitted: the field's path (camelCase, as in JSON: "applicants[0].idNumber")
/// and a Chinese message that names the field and says what to do. ProblemDetails' "errors" groups these by field.
/// </summary>
public sealed record ValidationProblem(string Field, string Message);
