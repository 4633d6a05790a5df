using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>Turns the working set into the rows to write: whatever is a different object than loaded has changed.</summary>
internal sealed partial class Execution
{
    public TreeChanges Changes()
    {
        var changes = new TreeChanges();
        var tokensByInstance = Tokens.Values.OrderBy(t => t.Sequence).ToLookup(t => t.InstanceId);
        var loadedInstances = _loaded.Instances.ToDictionary(i => i.Id);
        foreach (var instance in Instances.Values)
        {
            var tokens = tokensByInstance[instance.Id].ToArray();
            if (!loadedInstances.TryGetValue(instance.Id, out var before))
            {
                changes.Instances.Added.Add(instance with { Tokens = [.. tokens], Revision = 1 });
                continue;
            }
            var unchanged = ReferenceEquals(instance.Variables, before.Variables)
                            && instance.State == before.State
                            && tokens.Length == before.Tokens.Length
                            && tokens.Zip(before.Tokens.OrderBy(t => t.Sequence)).All(p => ReferenceEquals(p.First, p.Second));
            // The root always moves: it is the lock that serialises commands on one tree.
            if (!unchanged || instance.Id == instance.RootId)
                changes.Instances.Updated.Add(instance with { Tokens = [.. tokens], Revision = before.Revision + 1 });
        }
        Diff(_loaded.OpenTasks, Tasks, t => t.Id, t => t.Revision, (t, r) => t with { Revision = r }, changes.Tasks);
        Diff(_loaded.Jobs, Jobs, j => j.Id, j => j.Revision, (j, r) => j with { Revision = r }, changes.Jobs);
        Diff(_loaded.Subscriptions, Subscriptions, s => s.Id, _ => 0, (s, _) => s, changes.Subscriptions);
        Diff(_loaded.OpenIncidents, Incidents, i => i.Id, i => i.Revision, (i, r) => i with { Revision = r }, changes.Incidents);
        foreach (var (before, after) in ForeignJobs.Values)
        {
            if (after is null) changes.Jobs.Removed.Add(before);
            else changes.Jobs.Updated.Add(after with { Revision = before.Revision + 1 });
        }
        changes.Journal.AddRange(Journal);
        return changes;
    }

    private static void Diff<T>(IReadOnlyList<T> loaded, Dictionary<Guid, T> now, Func<T, Guid> id, Func<T, long> revision,
        Func<T, long, T> withRevision, RowChanges<T> into) where T : class
    {
        var before = loaded.ToDictionary(id);
        foreach (var row in now.Values)
        {
            if (!before.TryGetValue(id(row), out var old)) into.Added.Add(withRevision(row, 1));
            else if (!ReferenceEquals(old, row)) into.Updated.Add(withRevision(row, revision(old) + 1));
        }
        foreach (var old in loaded)
        {
            if (!now.ContainsKey(id(old))) into.Removed.Add(old);
        }
    }
}
