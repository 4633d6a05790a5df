using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Workflows;

/// <summary>Runs the engine's job executor (timers, retries) in the background of the web host.</summary>
internal sealed class JobExecutorService(WorkflowEngine engine, ILogger<JobExecutorService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new JobExecutor(engine).RunAsync(stoppingToken, e => logger.LogError(e, "作业执行器本轮出错，稍后继续"));
}
