namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Which tasks the task table shows.</summary>
public enum TaskScope
{
    /// <summary>Mine and those my roles may claim.</summary>
    All,

    /// <summary>Claimed by me or assigned to me.</summary>
    Mine,

    /// <summary>Not yet claimed, for my roles.</summary>
    Claimable,

    /// <summary>已办: the tasks I completed or returned.</summary>
    Done,
}
