namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary>One family of checks on a process graph; reports every violation it finds to the context.</summary>
internal interface IProcessRule
{
    void Check(ProcessGraph graph, ParseContext context);
}
