namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The result of submitting a task form.</summary>
/// <param name="Errors">Field → Chinese message; nothing was sent when not empty.</param>
/// <param name="Error">Why the engine or the domain refused, in Chinese; the task is still open.</param>
/// <param name="NextTaskId">An open task of the same case now assigned to or claimable by the person.</param>
public sealed record TaskSubmission(IReadOnlyDictionary<string, string> Errors, string? Error, Guid? NextTaskId)
{
    /// <summary>Completed.</summary>
    public bool Done => Errors.Count == 0 && Error is null;
}
