using Acornima.Ast;
using Jint;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// One cache entry, keyed by the stripped source text: its prepared script, or why it does not parse (so a
/// broken expression on a hot path is not parsed again on every evaluation). A parse error keeps its
/// position in the stripped text; <see cref="Error"/> moves it back to where the author wrote it.
/// </summary>
internal sealed class ParsedExpression
{
    private readonly Prepared<Script> _script;
    private readonly string? _message;
    private readonly int _line;
    private readonly int _column;
    private readonly string? _description;

    private ParsedExpression(Prepared<Script> script, string? message, int line, int column, string? description)
    {
        _script = script;
        _message = message;
        _line = line;
        _column = column;
        _description = description;
    }

    public bool IsValid => _message is null && _description is null;

    public ref readonly Prepared<Script> Script => ref _script;

    public static ParsedExpression Valid(Prepared<Script> script) => new(script, null, 0, 0, null);

    public static ParsedExpression Invalid(string message) => new(default, message, 0, 0, null);

    /// <summary>A syntax error at a 1-based <paramref name="line"/> and 1-based <paramref name="column"/> of the stripped text.</summary>
    public static ParsedExpression SyntaxError(int line, int column, string description) =>
        new(default, null, line, column, description);

    /// <summary>
    /// The Chinese reason, or null when valid. <paramref name="start"/> is where the stripped text begins in
    /// what the author wrote (after <c>${</c> and whitespace): 1-based line, 0-based column.
    /// </summary>
    public string? Error((int Line, int Column) start)
    {
        if (_description is null)
        {
            return _message;
        }

        return _line == 1
            ? ExpressionErrors.Syntax(start.Line, start.Column + _column, _description)
            : ExpressionErrors.Syntax(start.Line + _line - 1, _column, _description);
    }
}
