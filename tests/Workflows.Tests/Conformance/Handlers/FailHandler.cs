namespace Reconsideration.Workflows.Tests.Conformance.Handlers;

/// <summary>"fail": always throws a technical exception, so the engine retries with back-off and then raises an incident.</summary>
internal sealed class FailHandler : IServiceTaskHandler
{
    public string Name => "fail";

    public void Execute(ServiceTaskContext context) => throw new InvalidOperationException("模拟的技术故障：外部系统不可用");
}
