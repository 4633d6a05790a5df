namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// A JavaScript expression of a process definition (gateway condition, assignment, timer value,
/// multi-instance collection) could not be parsed or evaluated. <see cref="Exception.Message"/> is
/// Simplified Chinese, says what happened and what to change; it is fit to show to the person who
/// maintains the process definition.
/// </summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates the exception for <paramref name="expression"/> with a Chinese <paramref name="message"/>.</summary>
    public ExpressionException(string expression, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Expression = expression;
    }

    /// <summary>The expression as written in the process definition (wrapper such as <c>${ … }</c> included).</summary>
    public string Expression { get; }
}
