using System.Buffers.Binary;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// A parsed single-face TrueType file: character → glyph, glyph advances, weight. Measuring reads these arrays
/// directly instead of going through PDFsharp for every character. <see cref="PdfBytes"/> is the file with a compact
/// cmap (see <see cref="CompactCmap"/>), which is what PDFsharp is given to draw and subset.
/// </summary>
internal sealed class TrueTypeFace
{
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementary = new();
    private readonly ushort[] _advances;

    public TrueTypeFace(int id, string path, byte[] data)
    {
        Id = id;
        Path = path;
        var tables = ReadTableDirectory(data, path);
        var head = Table(tables, "head", path);
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(head.Offset + 18));
        var hhea = Table(tables, "hhea", path);
        int numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(hhea.Offset + 34));
        var hmtx = Table(tables, "hmtx", path);
        _advances = new ushort[numberOfHMetrics];
        for (int i = 0; i < numberOfHMetrics; i++)
            _advances[i] = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(hmtx.Offset + 4 * i));
        if (tables.TryGetValue("OS/2", out var os2))
            IsBoldFace = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(os2.Offset + 4)) >= 600;
        ReadCmap(data, Table(tables, "cmap", path), path);
        PdfBytes = CompactCmap.Rewrite(data, tables, _bmp, _supplementary);
    }

    public int Id { get; }
    public string Path { get; }
    public int UnitsPerEm { get; }
    public bool IsBoldFace { get; }
    public byte[] PdfBytes { get; }

    /// <summary>The glyph for a code point, 0 when the face has none.</summary>
    public ushort GlyphIndex(int codePoint) =>
        codePoint < 0x10000 ? _bmp[codePoint] : _supplementary.GetValueOrDefault(codePoint);

    /// <summary>Advance width of a code point in ems (1.0 = the font size).</summary>
    public double Advance(int codePoint)
    {
        int glyph = GlyphIndex(codePoint);
        if (glyph >= _advances.Length) glyph = _advances.Length - 1;
        return _advances[glyph] / (double)UnitsPerEm;
    }

    internal readonly record struct TableEntry(int Offset, int Length);

    private static Dictionary<string, TableEntry> ReadTableDirectory(byte[] data, string path)
    {
        if (data.Length < 12)
            throw new InvalidDataException($"字体文件 {path} 太短，不是 TrueType 字体。");
        uint tag = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (tag == 0x74746366) // "ttcf"
            throw new InvalidDataException($"字体文件 {path} 是 TTC 字体集合；PDFsharp 只接受单一字面的 .ttf 文件，请配置单一字面的字体或先从集合中提取。");
        if (tag == 0x4F54544F) // "OTTO"
            throw new InvalidDataException($"字体文件 {path} 是 CFF 轮廓的 OpenType 字体；请配置 TrueType（glyf）轮廓的 .ttf 字体。");
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var tables = new Dictionary<string, TableEntry>(count);
        for (int i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + 16 * i, 16);
            string name = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[name] = new TableEntry(
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        if (!tables.ContainsKey("glyf"))
            throw new InvalidDataException($"字体文件 {path} 没有 glyf 表（不是 TrueType 轮廓）；请配置 TrueType 轮廓的 .ttf 字体。");
        return tables;
    }

    private static TableEntry Table(Dictionary<string, TableEntry> tables, string name, string path) =>
        tables.TryGetValue(name, out var entry)
            ? entry
            : throw new InvalidDataException($"字体文件 {path} 缺少 {name} 表。");

    private void ReadCmap(byte[] data, TableEntry cmap, string path)
    {
        var span = data.AsSpan(cmap.Offset);
        int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int format4 = -1, format12 = -1;
        for (int i = 0; i < count; i++)
        {
            int platform = BinaryPrimitives.ReadUInt16BigEndian(span[(4 + 8 * i)..]);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(span[(6 + 8 * i)..]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(8 + 8 * i)..]);
            int format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode) continue;
            if (format == 12 && format12 < 0) format12 = offset;
            if (format == 4 && format4 < 0) format4 = offset;
        }
        if (format12 >= 0) ReadFormat12(span[format12..]);
        else if (format4 >= 0) ReadFormat4(span[format4..]);
        else throw new InvalidDataException($"字体文件 {path} 没有 Unicode cmap（格式 4 或 12）。");
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        int segCount = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
        for (int seg = 0; seg < segCount; seg++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * seg)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * seg)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * seg)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(ranges + 2 * seg)..]);
            for (int c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int at = ranges + 2 * seg + rangeOffset + 2 * (c - start);
                    if (at + 2 > table.Length) continue;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                _bmp[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        int groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (int g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + 12 * g, 12);
            int start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            int end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            int glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (int c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
            {
                if (c < 0x10000) { if (c != 0xFFFF) _bmp[c] = (ushort)glyph; }
                else _supplementary[c] = (ushort)glyph;
            }
        }
    }
}
