namespace Reconsideration.Workflows;

/// <summary>
/// The background loop that runs due jobs. Several nodes may run one each against the same database: leases
/// keep them from running a job twice, and a node that dies loses its leases when they expire.
/// </summary>
public sealed class JobExecutor(WorkflowEngine engine, TimeSpan? pollInterval = null)
{
    private readonly TimeSpan _poll = pollInterval ?? TimeSpan.FromSeconds(1);

    /// <summary>Runs until cancelled; a failing round is logged through <paramref name="onError"/> and the loop goes on.</summary>
    public async Task RunAsync(CancellationToken cancellation, Action<Exception>? onError = null)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var ran = 0;
            try
            {
                ran = await engine.RunDueJobsAsync(cancellation: cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                onError?.Invoke(e);
            }
            if (ran == 0)
            {
                try
                {
                    await Task.Delay(_poll, engine.Time, cancellation);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
