using Reconsideration.CrashWorkload;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>What the workload acknowledged over all its runs: only whole lines (ending in ";") count.</summary>
internal sealed class WorkloadLog
{
    public HashSet<Guid> Started { get; } = [];
    /// <summary>Task id → (instance id, element id) of every acknowledged completion.</summary>
    public Dictionary<Guid, (Guid Instance, string Element)> Completed { get; } = [];
    public List<string> Errors { get; } = [];
    public int Conflicts { get; private set; }
    public int Runs { get; private set; }

    public void Add(IReadOnlyList<string> lines, string stderr)
    {
        Runs++;
        if (stderr.Length > 0) Errors.Add($"run {Runs} stderr: {stderr}");
        foreach (var raw in lines)
        {
            if (!raw.EndsWith(';')) continue;   // cut short by the kill
            var parts = raw[..^1].Split(' ');
            switch (parts[0])
            {
                case "started":
                    Assert.True(Started.Add(Guid.Parse(parts[1])), $"instance {parts[1]} acknowledged twice");
                    break;
                case "completed":
                    Assert.True(Completed.TryAdd(Guid.Parse(parts[1]), (Guid.Parse(parts[2]), parts[3])), $"task {parts[1]} acknowledged as completed twice");
                    Assert.Contains(parts[3], CrashProcess.UserTasks);
                    break;
                case "conflict":
                    Conflicts++;
                    break;
                case "ready":
                    break;
                default:
                    Errors.Add($"run {Runs}: {raw}");
                    break;
            }
        }
    }
}
