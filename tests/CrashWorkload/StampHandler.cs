using System.Text.Json;
using Reconsideration.Workflows;

namespace Reconsideration.CrashWorkload;

/// <summary>
/// The "stamp" service task: records when it ran. For one instance in three it fails while less than
/// <see cref="FailFor"/> has passed since 受理 was completed, so the engine schedules a retry job with back-off.
/// </summary>
public sealed class StampHandler : IServiceTaskHandler
{
    public const string AcceptedAt = "acceptedAt";
    public static readonly TimeSpan FailFor = TimeSpan.FromSeconds(1.8);

    public string Name => "stamp";

    public void Execute(ServiceTaskContext context)
    {
        if (context.InstanceId.GetHashCode() % 3 == 0
            && context.Variables.TryGetValue(AcceptedAt, out var accepted) && accepted.ValueKind == JsonValueKind.Number
            && context.Now < DateTimeOffset.FromUnixTimeMilliseconds(accepted.GetInt64()) + FailFor)
            throw new InvalidOperationException("印章服务暂不可用");
        context.Set("stampedAt", context.Now.ToUnixTimeMilliseconds());
    }
}
