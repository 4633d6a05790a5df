namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The one exception the case services throw for a refused operation. The message is Chinese and says what to do;
/// for <see cref="CaseErrorKind.Invalid"/>, <see cref="Problems"/> lists every problem found, not just the first.
/// </summary>
public sealed class CaseException : Exception
{
    /// <summary>A refusal with a single message.</summary>
    public CaseException(CaseErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
        Problems = [];
    }

    /// <summary>A validation failure listing every problem.</summary>
    public CaseException(IReadOnlyList<ValidationProblem> problems)
        : base(Summary(problems))
    {
        Kind = CaseErrorKind.Invalid;
        Problems = problems;
    }

    /// <summary>Why the operation was refused.</summary>
    public CaseErrorKind Kind { get; }

    /// <summary>Every validation problem (empty for other kinds).</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Throws <see cref="CaseErrorKind.Invalid"/> when there is any problem.</summary>
    public static void ThrowIfAny(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count > 0) throw new CaseException(problems);
    }

    internal static CaseException NotAllowed(string message) => new(CaseErrorKind.NotAllowed, message);

    internal static CaseException Invalid(string field, string message) => new([new ValidationProblem(field, message)]);

    private static string Summary(IReadOnlyList<ValidationProblem> problems) =>
        problems.Count == 1
            ? problems[0].Message
            : $"提交的内容有{problems.Count}处问题：" + string.Join("；", problems.Select(p => p.Message));
}
