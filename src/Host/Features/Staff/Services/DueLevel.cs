namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>How urgent a due date is, which decides the badge's colour.</summary>
public enum DueLevel
{
    /// <summary>No due date.</summary>
    None,

    /// <summary>More than three working days left.</summary>
    Running,

    /// <summary>At most three working days left, or the last day is today.</summary>
    Soon,

    /// <summary>The last day has passed.</summary>
    Overdue,
}
