using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Workflows;

/// <summary>Runs the engine's job executor (timers, retries) in the background of the web host.</summary>
internal sealed class JobExecutorService(WorkflowEngine engine, ILogger<JobExecutorService> logger) : BackgroundService
{
    // SQLite calls complete synchronously, so the loop runs on a pool thread of its own: started inline it would
    // hold up the host's start-up for as long as due jobs keep it busy.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => new JobExecutor(engine).RunAsync(stoppingToken, e => logger.LogError(e, "作业执行器本轮出错，稍后继续")), stoppingToken);
}
