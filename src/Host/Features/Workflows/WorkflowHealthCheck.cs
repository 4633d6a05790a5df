using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Workflows;

/// <summary>Healthy when the engine's database answers; degraded when incidents wait for an operator.</summary>
internal sealed class WorkflowHealthCheck(WorkflowEngine engine) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var definitions = await engine.DefinitionsAsync();
            var incidents = await engine.IncidentsAsync();
            var data = new Dictionary<string, object> { ["definitions"] = definitions.Count, ["incidents"] = incidents.Count };
            return incidents.Count == 0
                ? HealthCheckResult.Healthy("流程引擎正常", data)
                : HealthCheckResult.Degraded($"有{incidents.Count}个流程故障待处理", data: data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("流程引擎数据库不可用", e);
        }
    }
}
