using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>A command's changes waiting to be written, and what became of them.</summary>
internal sealed class PendingCommit(TreeChanges changes)
{
    public TreeChanges Changes { get; } = changes;
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
