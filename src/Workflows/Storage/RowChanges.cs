namespace Reconsideration.Workflows.Storage;

/// <summary>Rows of one kind to insert, update (the new value, whose revision is the stored one + 1) and delete.</summary>
internal sealed class RowChanges<T>
{
    public List<T> Added { get; } = [];
    public List<T> Updated { get; } = [];
    public List<T> Removed { get; } = [];

    public bool IsEmpty => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;
}
