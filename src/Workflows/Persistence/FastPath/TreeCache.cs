using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// The instance trees this process loaded or committed last, so that a command on a tree it just touched skips the
/// load. Write-through: a commit replaces the tree by what it wrote. The cache may be stale when another process (or
/// another engine on the same file) wrote the tree; that is safe because every write to a tree moves its root's
/// revision and every commit checks the revisions it was based on: a stale tree fails its commit, is evicted here,
/// and the command re-runs on a fresh load. Bounded: the least recently used tree goes first.
/// </summary>
internal sealed class TreeCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, LinkedListNode<(Guid Root, TreeSnapshot Tree)>> _trees = [];
    private readonly LinkedList<(Guid Root, TreeSnapshot Tree)> _recent = new();
    // A task's tree never changes, so this map is never stale; it is only bounded.
    private readonly Dictionary<Guid, Guid> _taskRoots = [];

    public bool Enabled => capacity > 0;

    public bool TryGet(Guid rootId, out TreeSnapshot tree)
    {
        lock (_lock)
        {
            if (_trees.TryGetValue(rootId, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                tree = node.Value.Tree;
                return true;
            }
        }
        tree = TreeSnapshot.Empty;
        return false;
    }

    public Guid? TaskRoot(Guid taskId)
    {
        lock (_lock) return _taskRoots.TryGetValue(taskId, out var root) ? root : null;
    }

    public void RememberTask(Guid taskId, Guid rootId)
    {
        if (!Enabled) return;
        lock (_lock) AddTaskRoot(taskId, rootId);
    }

    /// <summary>
    /// A tree just read from the database. It replaces a cached one unless that one is newer: a commit may have
    /// cached its result while this load was reading the state before it.
    /// </summary>
    public void Loaded(Guid rootId, TreeSnapshot tree)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            if (_trees.TryGetValue(rootId, out var cached) && cached.Value.Tree.RootRevision(rootId) > tree.RootRevision(rootId)) return;
            Put(rootId, tree);
        }
    }

    /// <summary>
    /// A commit succeeded: each tree it wrote becomes the cached tree with the changes applied — when the cached tree is
    /// the one the changes were based on (the root moved from exactly its revision) or the tree is new. Any other tree the
    /// commit touched is evicted, since what it holds now is not known here.
    /// </summary>
    public void Committed(TreeChanges changes)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            foreach (var rootId in Roots(changes))
            {
                TreeSnapshot? basis = null;
                if (changes.Instances.Added.Any(i => i.Id == rootId)) basis = TreeSnapshot.Empty;
                else if (changes.Instances.Updated.FirstOrDefault(i => i.Id == rootId) is { } root
                         && _trees.TryGetValue(rootId, out var cached) && cached.Value.Tree.RootRevision(rootId) == root.Revision - 1)
                    basis = cached.Value.Tree;
                if (basis is null || changes.TouchedRoots.Contains(rootId)) Remove(rootId);
                else Put(rootId, basis.After(changes, rootId));
            }
            foreach (var task in changes.Tasks.Added) AddTaskRoot(task.Id, task.RootInstanceId);
        }
    }

    /// <summary>Forgets the trees a failed commit concerned: one of them is stale.</summary>
    public void Evict(TreeChanges changes)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            foreach (var rootId in Roots(changes)) Remove(rootId);
        }
    }

    public void Evict(Guid rootId)
    {
        if (!Enabled) return;
        lock (_lock) Remove(rootId);
    }

    private static HashSet<Guid> Roots(TreeChanges changes)
    {
        var roots = new HashSet<Guid>(changes.TouchedRoots);
        foreach (var i in changes.Instances.Added.Concat(changes.Instances.Updated).Concat(changes.Instances.Removed)) roots.Add(i.RootId);
        foreach (var t in changes.Tasks.Added.Concat(changes.Tasks.Updated).Concat(changes.Tasks.Removed)) roots.Add(t.RootInstanceId);
        foreach (var j in changes.Jobs.Added.Concat(changes.Jobs.Updated).Concat(changes.Jobs.Removed))
            if (j.RootInstanceId is { } id) roots.Add(id);
        foreach (var s in changes.Subscriptions.Added.Concat(changes.Subscriptions.Removed))
            if (s.RootInstanceId is { } id) roots.Add(id);
        foreach (var i in changes.Incidents.Added.Concat(changes.Incidents.Updated)) roots.Add(i.RootInstanceId);
        foreach (var e in changes.Journal) roots.Add(e.RootInstanceId);
        return roots;
    }

    private void Put(Guid rootId, TreeSnapshot tree)
    {
        Remove(rootId);
        _trees[rootId] = _recent.AddFirst((rootId, tree));
        foreach (var task in tree.OpenTasks) AddTaskRoot(task.Id, rootId);
        if (_trees.Count > capacity)
        {
            var oldest = _recent.Last!;
            _recent.RemoveLast();
            _trees.Remove(oldest.Value.Root);
        }
    }

    private void Remove(Guid rootId)
    {
        if (_trees.Remove(rootId, out var node)) _recent.Remove(node);
    }

    private void AddTaskRoot(Guid taskId, Guid rootId)
    {
        // Crude but bounded: dropping every entry costs one lookup per task the next time round.
        if (_taskRoots.Count >= capacity * 16) _taskRoots.Clear();
        _taskRoots[taskId] = rootId;
    }
}
