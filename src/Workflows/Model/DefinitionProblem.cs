namespace Reconsideration.Workflows.Model;

/// <summary>One thing wrong with a BPMN file: the element it concerns, the rule broken, and a Chinese message.</summary>
/// <param name="ElementId">The offending element's id, or null for file-level problems.</param>
/// <param name="Rule">A stable, English, kebab-case rule name (e.g. <c>missing-target</c>), for tools and the designer.</param>
/// <param name="Message">What is wrong and what to do, in Chinese, naming the element.</param>
/// <param name="Line">The line in the XML file where the element starts, when known.</param>
public sealed record DefinitionProblem(string? ElementId, string Rule, string Message, int? Line = null)
{
    public override string ToString() =>
        (Line is { } l ? $"第{l}行 " : "") + (ElementId is null ? "" : $"[{ElementId}] ") + $"{Message}（{Rule}）";
}
