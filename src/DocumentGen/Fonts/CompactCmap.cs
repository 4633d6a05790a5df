using System.Buffers.Binary;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// Rewrites a font's cmap with as few format-4 segments as fit in the format's 64 KB. PDFsharp 6.2 looks each
/// character up by scanning the segments linearly; the Arphic fonts ship 3,641 segments, which made drawing a
/// three-page decision cost ~20 ms in lookups alone. With a few dozen segments the scan is negligible.
/// Glyph ids are unchanged, so the outlines, metrics and subsetting are untouched.
/// </summary>
internal static class CompactCmap
{
    private const int MinDeltaRun = 16;

    public static byte[] Rewrite(
        byte[] font, Dictionary<string, TrueTypeFace.TableEntry> tables, ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        byte[]? format4 = null;
        foreach (int gap in new[] { 64, 16, 4, 1 })
        {
            format4 = BuildFormat4(bmp, gap);
            if (format4 != null) break;
        }
        if (format4 == null) return font; // keep the original: slower lookups, same result
        byte[]? format12 = supplementary.Count > 0 ? BuildFormat12(bmp, supplementary) : null;

        int subtables = format12 == null ? 1 : 2;
        var cmap = new byte[4 + 8 * subtables + format4.Length + (format12?.Length ?? 0)];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), (ushort)subtables);
        WriteRecord(cmap, 0, platform: 3, encoding: 1, offset: 4 + 8 * subtables);
        format4.CopyTo(cmap, 4 + 8 * subtables);
        if (format12 != null)
        {
            WriteRecord(cmap, 1, platform: 3, encoding: 10, offset: 4 + 8 * subtables + format4.Length);
            format12.CopyTo(cmap, 4 + 8 * subtables + format4.Length);
        }
        return ReplaceTable(font, tables, "cmap", cmap);
    }

    private static void WriteRecord(byte[] cmap, int index, int platform, int encoding, int offset)
    {
        var span = cmap.AsSpan(4 + 8 * index);
        BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)platform);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)encoding);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)offset);
    }

    private readonly record struct Segment(int Start, int End, bool UsesArray);

    private static byte[]? BuildFormat4(ushort[] bmp, int maxGap)
    {
        // Runs of consecutive characters with consecutive glyphs can use idDelta; everything else goes into
        // glyphIdArray segments that swallow gaps of up to maxGap unmapped characters.
        var segments = new List<Segment>();
        int pendingStart = -1, pendingEnd = -1, pendingRuns = 0;
        int c = 0;
        while (c < 0xFFFF)
        {
            if (bmp[c] == 0) { c++; continue; }
            int runStart = c;
            while (c + 1 < 0xFFFF && bmp[c + 1] != 0 && bmp[c + 1] == bmp[c] + 1) c++;
            int runEnd = c++;
            bool longRun = runEnd - runStart + 1 >= MinDeltaRun;
            if (pendingStart >= 0 && (longRun || runStart - pendingEnd - 1 > maxGap))
            {
                segments.Add(new Segment(pendingStart, pendingEnd, pendingRuns > 1));
                pendingStart = -1;
            }
            if (longRun) { segments.Add(new Segment(runStart, runEnd, false)); continue; }
            if (pendingStart < 0) { pendingStart = runStart; pendingRuns = 0; }
            pendingEnd = runEnd;
            pendingRuns++;
        }
        if (pendingStart >= 0) segments.Add(new Segment(pendingStart, pendingEnd, pendingRuns > 1));
        segments.Add(new Segment(0xFFFF, 0xFFFF, false));

        int segCount = segments.Count;
        int arrayEntries = segments.Where(s => s.UsesArray).Sum(s => s.End - s.Start + 1);
        int length = 16 + 8 * segCount + 2 * arrayEntries;
        if (length > 0xFFFF) return null;

        var table = new byte[length];
        var span = table.AsSpan();
        int searchRange = 2 * (1 << (int)Math.Floor(Math.Log2(segCount)));
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(2 * segCount));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)Math.Log2(searchRange / 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)(2 * segCount - searchRange));
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
        int array = ranges + 2 * segCount, arrayIndex = 0;
        for (int i = 0; i < segCount; i++)
        {
            var s = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(span[(ends + 2 * i)..], (ushort)s.End);
            BinaryPrimitives.WriteUInt16BigEndian(span[(starts + 2 * i)..], (ushort)s.Start);
            if (!s.UsesArray)
            {
                int delta = s.Start == 0xFFFF ? 1 : bmp[s.Start] - s.Start;
                BinaryPrimitives.WriteInt16BigEndian(span[(deltas + 2 * i)..], unchecked((short)delta));
                continue;
            }
            int rangeOffset = 2 * (segCount - i) + 2 * arrayIndex;
            BinaryPrimitives.WriteUInt16BigEndian(span[(ranges + 2 * i)..], (ushort)rangeOffset);
            for (int ch = s.Start; ch <= s.End; ch++, arrayIndex++)
                BinaryPrimitives.WriteUInt16BigEndian(span[(array + 2 * arrayIndex)..], bmp[ch]);
        }
        return table;
    }

    private static byte[] BuildFormat12(ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        void Add(int ch, int glyph)
        {
            if (groups.Count > 0)
            {
                var last = groups[^1];
                if (last.End + 1 == ch && last.Glyph + (ch - last.Start) == glyph) { groups[^1] = last with { End = ch }; return; }
            }
            groups.Add((ch, ch, glyph));
        }
        for (int ch = 0; ch < 0xFFFF; ch++)
            if (bmp[ch] != 0) Add(ch, bmp[ch]);
        foreach (var pair in supplementary.OrderBy(p => p.Key))
            if (pair.Value != 0) Add(pair.Key, pair.Value);

        var table = new byte[16 + 12 * groups.Count];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], (uint)groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var at = span[(16 + 12 * g)..];
            BinaryPrimitives.WriteUInt32BigEndian(at, (uint)groups[g].Start);
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], (uint)groups[g].End);
            BinaryPrimitives.WriteUInt32BigEndian(at[8..], (uint)groups[g].Glyph);
        }
        return table;
    }

    private static byte[] ReplaceTable(byte[] font, Dictionary<string, TrueTypeFace.TableEntry> tables, string name, byte[] content)
    {
        var order = tables.OrderBy(t => t.Value.Offset).ToList();
        int count = order.Count;
        int headerLength = 12 + 16 * count;
        int total = headerLength + order.Sum(t => Align4(t.Key == name ? content.Length : t.Value.Length));
        var output = new byte[total];
        font.AsSpan(0, 12).CopyTo(output);
        // Directory entries must be sorted by tag; data may be in any order.
        var byTag = tables.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var newOffsets = new Dictionary<string, (int Offset, int Length)>();
        int position = headerLength;
        foreach (var (tag, entry) in order)
        {
            var data = tag == name ? content : font.AsSpan(entry.Offset, entry.Length).ToArray();
            data.CopyTo(output, position);
            newOffsets[tag] = (position, data.Length);
            position += Align4(data.Length);
        }
        for (int i = 0; i < byTag.Count; i++)
        {
            string tag = byTag[i];
            var record = output.AsSpan(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            var (offset, length) = newOffsets[tag];
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(offset, Align4(length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
        }
        return output;
    }

    private static int Align4(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (int i = 0; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        return sum;
    }
}
