using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reconsideration.Workflows.Persistence;

/// <summary>
/// Packs a commit's journal entries into rows and back: one row per tree, the entries in order. A row's columns carry
/// the first entry's time and actor, and each entry is a small JSON object: <c>k</c> the kind, <c>e</c> the element,
/// <c>d</c> the detail, and only where they differ from the row: <c>i</c> the instance (when not the root), <c>a</c>
/// the actor, <c>t</c> the time in UTC ticks. An entry's <see cref="JournalEntry.Sequence"/> is its row's number (the
/// tree's revision) times <see cref="EntriesPerRow"/> plus its place in the row: the order of recording in its tree.
/// </summary>
internal static class JournalRows
{
    public const long EntriesPerRow = 1 << 20;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One row per tree (its number is the database's to give: the tree's revision after the commit).</summary>
    public static JournalRow[] Pack(IReadOnlyList<JournalEntry> entries) =>
        [.. entries.GroupBy(e => e.RootInstanceId).Select(tree =>
        {
            var inOrder = tree.ToArray();
            if (inOrder.Length > EntriesPerRow) throw new InvalidOperationException("Too many journal entries in one commit.");
            return new JournalRow { RootInstanceId = tree.Key, At = inOrder[0].At, Actor = inOrder[0].Actor, Entries = Write(inOrder) };
        })];

    public static IEnumerable<JournalEntry> Unpack(JournalRow row)
    {
        using var document = JsonDocument.Parse(row.Entries);
        var entries = new List<JournalEntry>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            entries.Add(new JournalEntry(
                row.Sequence * EntriesPerRow + entries.Count,
                Text(item, "i") is { } instance ? Guid.Parse(instance) : row.RootInstanceId,
                row.RootInstanceId,
                item.TryGetProperty("t", out var ticks) && ticks.ValueKind == JsonValueKind.Number ? new DateTimeOffset(ticks.GetInt64(), TimeSpan.Zero) : row.At,
                Text(item, "a") ?? row.Actor,
                Enum.Parse<JournalKind>(Text(item, "k")!),
                Text(item, "e"),
                Text(item, "d")));
        }
        return entries;
    }

    private static string Write(JournalEntry[] entries)
    {
        var first = entries[0];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("k", entry.Kind.ToString());
                if (entry.ElementId is { } element) json.WriteString("e", element);
                if (entry.Detail is { } detail) json.WriteString("d", detail);
                // Written the way the key columns store a Guid, so that SQL can join an entry to its instance.
                if (entry.InstanceId != entry.RootInstanceId) json.WriteString("i", FastPath.PreparedStatement.StoredText(entry.InstanceId));
                if (entry.Actor != first.Actor) json.WriteString("a", entry.Actor);
                if (entry.At != first.At) json.WriteNumber("t", entry.At.UtcTicks);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
