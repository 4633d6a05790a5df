using System.Collections.Concurrent;
using Reconsideration.Workflows;

namespace Reconsideration.CrashWorkload;

/// <summary>
/// The "stamp" service task: records when it ran. For one instance in three, its first attempt in each process
/// fails, so the engine schedules a retry job with back-off (and a restart makes it fail once more; the workload
/// allows more retries than it has runs).
/// </summary>
public sealed class StampHandler(bool failFirstAttempts = true) : IServiceTaskHandler
{
    private readonly ConcurrentDictionary<Guid, bool> _attempted = new();

    public string Name => "stamp";

    public void Execute(ServiceTaskContext context)
    {
        if (failFirstAttempts && context.InstanceId.GetHashCode() % 3 == 0 && _attempted.TryAdd(context.InstanceId, true))
            throw new InvalidOperationException("印章服务暂不可用");
        context.Set("stampedAt", context.Now.ToUnixTimeMilliseconds());
    }
}
