namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// A document could not be composed: a template has a syntax error, a required field is missing from the data,
/// or the template produced malformed markup. The message (Chinese) says where and what to fix; no partial
/// document is ever returned.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the template name and line.</summary>
    public TemplateException(string templateName, int? line, string message, string? field = null, Exception? innerException = null)
        : base(Prefix(templateName, line) + message, innerException)
    {
        TemplateName = templateName;
        Line = line;
        Field = field;
        Detail = message;
    }

    /// <summary>The template (or partial) the error is in, e.g. "decision" or "_party".</summary>
    public string TemplateName { get; }

    /// <summary>The line of that template's source (1-based), when known.</summary>
    public int? Line { get; }

    /// <summary>The data field at fault ("applicants[0].name", "case.serial"), when a field is.</summary>
    public string? Field { get; }

    /// <summary>The message without the template/line prefix.</summary>
    public string Detail { get; }

    private static string Prefix(string templateName, int? line) =>
        line is { } number ? $"模板“{templateName}”第{number}行：" : $"模板“{templateName}”：";
}
