namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>What the signed-in person may do with a task on its page.</summary>
public enum TaskWork
{
    /// <summary>Assigned to them: fill in the form and complete it.</summary>
    Complete,

    /// <summary>Unclaimed and for their role: claim it first.</summary>
    Claim,

    /// <summary>Someone else's, or for another role: look only.</summary>
    Refused,

    /// <summary>Already completed (or cancelled): read only.</summary>
    Done,

    /// <summary>Delegated to them (委派): fill in the form and hand it back (交回) to whoever delegated it.</summary>
    Resolve,
}
