namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// Raised by <see cref="JsToJsonConverter"/> with the Chinese reason a result has no JSON form; the evaluator
/// wraps it into an <see cref="ExpressionException"/> that names the expression. Never leaves this folder.
/// </summary>
internal sealed class ResultNotJsonException(string reason) : Exception(reason);
