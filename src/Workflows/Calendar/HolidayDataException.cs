namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// A holiday data file (<c>&lt;year&gt;.txt</c>) could not be read. The message names the file (when known),
/// the line and what to change.
/// </summary>
public sealed class HolidayDataException : FormatException
{
    public HolidayDataException(string problem, int? lineNumber = null, string? fileName = null)
        : base(Compose(problem, lineNumber, fileName))
    {
        Problem = problem;
        LineNumber = lineNumber;
        FileName = fileName;
    }

    /// <summary>What is wrong, without the file and line prefix.</summary>
    public string Problem { get; }

    /// <summary>1-based line number, or null when the problem concerns the whole file.</summary>
    public int? LineNumber { get; }

    /// <summary>The file name, when the text came from a file.</summary>
    public string? FileName { get; }

    internal HolidayDataException InFile(string fileName) => new(Problem, LineNumber, fileName);

    private static string Compose(string problem, int? lineNumber, string? fileName)
    {
        var file = fileName is null ? "" : $"节假日数据文件“{fileName}”";
        var line = lineNumber is null ? "" : $"第{lineNumber}行";
        var where = file + line;
        return where.Length == 0 ? problem : $"{where}：{problem}";
    }
}
