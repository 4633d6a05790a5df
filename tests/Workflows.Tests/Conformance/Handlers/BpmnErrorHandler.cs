namespace Reconsideration.Workflows.Tests.Conformance.Handlers;

/// <summary>"bpmn-error": throws a business error with the code of the parameter <c>code</c>.</summary>
internal sealed class BpmnErrorHandler : IServiceTaskHandler
{
    public string Name => "bpmn-error";

    public void Execute(ServiceTaskContext context) =>
        throw new BpmnError(context.Parameters["code"], $"模拟的业务错误“{context.Parameters["code"]}”");
}
