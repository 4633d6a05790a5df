namespace Reconsideration.Workflows;

/// <summary>Tunable settings of the engine; the defaults suit one node with an SQLite file.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>How often a failing service task is tried again before it becomes an incident.</summary>
    public int JobRetries { get; set; } = 3;
    /// <summary>The wait before each retry (the last one repeats).</summary>
    public IReadOnlyList<TimeSpan> RetryBackoff { get; set; } = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];
    /// <summary>How long a job executor holds a lease; a node that dies loses its jobs to another after this.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How many times a command is re-run when another changed the same instance first.</summary>
    public int ConflictRetries { get; set; } = 5;
    /// <summary>The name of this node, used as the owner of job leases.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";
    /// <summary>Directory with additional or replacing holiday year files (see docs/business-calendar.md).</summary>
    public string? HolidayDirectory { get; set; }
    /// <summary>Limits of the JavaScript sandbox for one expression.</summary>
    public TimeSpan ExpressionTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
