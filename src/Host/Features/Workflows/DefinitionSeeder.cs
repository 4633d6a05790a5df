using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Workflows;

/// <summary>
/// Deploys every shipped BPMN file in workflow-definitions/ at start-up. An unchanged file keeps its version, so
/// restarting deploys nothing new; a changed file becomes the next version while running cases stay on theirs.
/// </summary>
internal sealed class DefinitionSeeder(WorkflowEngine engine, IConfiguration configuration, ILogger<DefinitionSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = configuration["Workflows:Definitions"] ?? "workflow-definitions";
        if (!Directory.Exists(directory)) return;
        foreach (var file in Directory.EnumerateFiles(directory, "*.bpmn").Order())
        {
            var deployed = await engine.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken), "system", Path.GetFileName(file));
            foreach (var definition in deployed)
                logger.LogInformation("流程定义 {File}: {Definition}", Path.GetFileName(file), definition.Id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
