using System.IO.Compression;
using System.Buffers.Binary;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Pdf;

/// <summary>Mock documents and a red seal PNG made in code, for the PDF tests and for looking at pages.</summary>
internal static class SampleDocuments
{
    public static readonly DocumentMetadata Metadata = new(
        "行政复议决定书", "红河区人民政府", "红府复决〔2026〕12号", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)));

    public static OfficialDocument Decision()
    {
        var blocks = new List<Block>
        {
            new TitleBlock(["红河区人民政府", "行政复议决定书"]),
            new NumberBlock("红府复决〔2026〕12号"),
            Party("申请人：张三，男，1980年5月6日出生，居民身份证号码110101198005060012，住红河区人民路123号3单元502室，联系电话13800000000。"),
            Party("被申请人：红河区市场监督管理局，住所地红河区建设路45号。"),
            Party("法定代表人：李四，局长。"),
            Body("申请人不服被申请人于2025年12月1日作出的红市监罚〔2025〕88号《行政处罚决定书》，于2026年1月5日向本机关申请行政复议，本机关依法已予受理。本案适用普通程序审理，现已审理终结。"),
            new HeadingBlock(1, "一、申请人请求及理由"),
            Body("申请人请求：撤销被申请人作出的红市监罚〔2025〕88号《行政处罚决定书》。申请人称：被申请人认定的事实不清，所依据的检测报告编号为ABC-2025-0012，检测机构不具备相应资质；罚款金额123456.78元明显过重……且被申请人未告知申请人陈述、申辩的权利——这违反了法定程序。"),
            new HeadingBlock(2, "（一）关于事实认定"),
            Body("经审理查明：2025年10月，被申请人接到举报，对申请人经营的“红河便利店”进行检查，发现其销售的部分食品超过保质期。被申请人依据《中华人民共和国食品安全法》第一百二十四条的规定，作出罚款的行政处罚。"),
            new TableBlock([1, 3, 2, 2],
            [
                Row(true, "序号", "证据名称", "提交人", "证明内容"),
                Row(false, "1", "现场检查笔录", "被申请人", "检查经过"),
                Row(false, "2", "检测报告（编号ABC-2025-0012）", "被申请人", "食品超过保质期"),
                Row(false, "3", "询问笔录", "被申请人", "申请人的陈述"),
                Row(false, "4", "营业执照复印件", "申请人", "经营主体资格"),
            ], HeaderRows: 1, FontSize: 12),
            new HeadingBlock(1, "二、本机关认为"),
        };
        for (int i = 0; i < 5; i++)
            blocks.Add(Body("本机关认为，根据《中华人民共和国行政复议法》第六十三条第一款第（一）项的规定，行政行为事实不清、证据不足的，行政复议机关决定撤销该行政行为。本案中，被申请人提供的证据不能证明申请人存在违法行为，其作出的行政处罚决定事实不清、证据不足，依法应予撤销。"));
        blocks.Add(new HeadingBlock(1, "三、复议决定"));
        blocks.Add(Body("根据《中华人民共和国行政复议法》第六十四条第一款的规定，本机关决定：撤销被申请人作出的红市监罚〔2025〕88号《行政处罚决定书》，责令被申请人在三十日内重新作出行政行为。"));
        blocks.Add(Body("申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向红河区人民法院提起行政诉讼。"));
        blocks.Add(new SignatureBlock("红河区人民政府", new DateOnly(2026, 3, 1)));
        blocks.Add(new VerificationBlock("7KQ2-M9XD", "https://example.org/v/7KQ2-M9XD"));
        return new OfficialDocument(Metadata, blocks);
    }

    public static ParagraphBlock Body(string text) => new([new TextRun(text)]);

    public static ParagraphBlock Party(string text) => new([new TextRun(text)], FirstLineIndentChars: 0);

    public static TableRow Row(bool header, params string[] cells) =>
        new(cells.Select(c => new TableCell([new TextRun(c, Bold: header)], Alignment: header ? ParagraphAlignment.Center : ParagraphAlignment.Left)).ToList());

    /// <summary>A red ring with a red star-like centre on transparent background, 200 × 200 pixels.</summary>
    public static byte[] SealPng()
    {
        const int size = 200;
        var raw = new byte[size * (size * 4 + 1)];
        for (int y = 0; y < size; y++)
        {
            raw[y * (size * 4 + 1)] = 0; // filter: none
            for (int x = 0; x < size; x++)
            {
                double dx = x - size / 2.0 + 0.5, dy = y - size / 2.0 + 0.5, r = Math.Sqrt(dx * dx + dy * dy);
                bool ink = (r is > 88 and < 98) || r < 22;
                int at = y * (size * 4 + 1) + 1 + 4 * x;
                raw[at] = 220; raw[at + 1] = 20; raw[at + 2] = 30; raw[at + 3] = (byte)(ink ? 200 : 0);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; header[9] = 6; // 8-bit RGBA
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
