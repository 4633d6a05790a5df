namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The columns the task table sorts by.</summary>
public enum TaskSort
{
    /// <summary>By last day, undated tasks last.</summary>
    Due,

    /// <summary>By case number.</summary>
    CaseNumber,

    /// <summary>By task name.</summary>
    TaskName,
}
