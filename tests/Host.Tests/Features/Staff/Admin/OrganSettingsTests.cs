using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Host.Tests.Scenarios;
using UglyToad.PdfPig;

namespace Reconsideration.Host.Tests.Features.Staff.Admin;

/// <summary>机关与文号 edited by the administrator: in force at once for documents and numbers, kept for the next start, journaled.</summary>
public sealed class OrganSettingsTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    private OrganSettings Settings => _host.Services.GetRequiredService<OrganSettings>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Saved_organ_details_fill_the_next_document_and_survive_a_restart_and_bad_input_changes_nothing()
    {
        var before = Settings.Organ;
        var refused = Assert.Throws<CaseException>(() => Settings.SaveOrgan(new OrganOptions { Name = " ", Agency = "红谷滩区司法局", ContactPhone = "12345" }, "赵敏"));
        Assert.Equal(["name", "contactPhone"], refused.Problems.Select(p => p.Field));
        Assert.Same(before, Settings.Organ);
        Assert.Empty(Settings.Changes);
        Assert.False(File.Exists(Path.Combine(_host.Directory, "organ.json")));

        Settings.SaveOrgan(new OrganOptions
        {
            Name = "红谷滩区人民政府", Agency = "红谷滩区人民政府行政复议办公室", Address = "红谷滩区赣江中大道1号", Postcode = "330038",
            Court = "红谷滩区人民法院", ContactName = "周倩", ContactPhone = "0791-88888888",
        }, "赵敏");

        var caseId = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();
        var content = _host.Services.GetRequiredService<CaseDocumentIssuing>().Content(await _host.CaseAsync(caseId), "acceptance-notice", _host.Today, null);
        Assert.Equal("红谷滩区人民政府行政复议办公室", content["organ"]!["agency"]!.GetValue<string>());
        Assert.Equal("周倩", content["contact"]!["name"]!.GetValue<string>());
        var change = Assert.Single(Settings.Changes);
        Assert.Equal(("赵敏", _host.Clock.GetUtcNow()), (change.By, change.At));
        Assert.Contains("红谷滩区人民政府行政复议办公室", change.What);

        var restarted = new OrganSettings(new OrganOptions(), new DocumentNumberFormat(Numbering()), new DocumentNumberFormat(Numbering()),
            _host.Directory, Path.Combine(_host.Directory, "numbering.json"), TimeProvider.System);
        Assert.Equal(("红谷滩区人民政府行政复议办公室", "330038"), (restarted.Organ.Agency, restarted.Organ.Postcode));
        Assert.Single(restarted.Changes);
    }

    [Fact]
    public async Task An_uploaded_seal_is_checked_and_stamped_on_the_next_issued_document()
    {
        Assert.Equal("印章图片须为PNG格式（最好是透明背景的红色印章），所选文件不是PNG图片。",
            Assert.Throws<CaseException>(() => Settings.SaveSeal("印章.png", Encoding.ASCII.GetBytes("%PDF-1.4 not a seal"), "赵敏")).Message);
        Assert.Equal("印章图片的宽和高须在100至2000像素之间（所选图片40×40像素）。",
            Assert.Throws<CaseException>(() => Settings.SaveSeal("印章.png", Png(40, 40), "赵敏")).Message);
        Assert.StartsWith("印章图片不能超过512 KB", OrganSettings.SealProblem(new byte[OrganSettings.MaxSealBytes + 1]));
        Assert.Null(Settings.Seal);

        Settings.SaveSeal("印章.png", Png(240, 180), "赵敏");

        Assert.Contains("更换行政复议专用章图片（印章.png，240×180像素", Assert.Single(Settings.Changes).What);
        var issuer = _host.Services.GetRequiredService<DocumentIssuer>();
        var issued = issuer.Issue("acceptance-notice", issuer.Composer.LoadSample("acceptance-notice"));
        using var pdf = PdfDocument.Open(issued.Pdf);
        Assert.Contains(pdf.GetPages().SelectMany(p => p.GetImages()), i => i.WidthInSamples == 240 && i.HeightInSamples == 180);
        Assert.True(File.Exists(Path.Combine(_host.Directory, "seal.png")));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Saved_numbering_numbers_the_next_case_and_its_documents_and_a_pattern_without_serial_is_refused()
    {
        var issuer = _host.Services.GetRequiredService<DocumentIssuer>();
        var refused = Assert.Throws<CaseException>(() => Settings.SaveNumbering("红", "{place}府复{code}〔{year}〕号", "赵敏"));
        Assert.Equal("pattern", Assert.Single(refused.Problems).Field);
        Assert.Contains("{serial}", refused.Message);
        Assert.Equal("红府复〔2026〕1号", issuer.Composer.Numbers.FormatCaseNumber(2026, 1));

        Settings.SaveNumbering("红", "{place}府复{code}字〔{year}〕{serial}号", "赵敏");

        var detail = await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today);
        Assert.Matches("^红府复字〔2026〕[0-9]+号$", detail.GetProperty("case").GetProperty("number").GetString());
        Assert.Equal("红府复受字〔2026〕7号", issuer.Composer.Numbers.Format("acceptance-notice", 2026, 7));
        var saved = NumberingOptions.Load(Path.Combine(_host.Directory, "numbering.json"));
        Assert.Equal(("红", "{place}府复{code}字〔{year}〕{serial}号", "决"), (saved.Place, saved.Pattern, saved.Codes["decision"]));
        Assert.Contains("文号格式改为“{place}府复{code}字〔{year}〕{serial}号”", Assert.Single(Settings.Changes).What);
    }

    private static NumberingOptions Numbering() => NumberingOptions.Load(Path.Combine(AppContext.BaseDirectory, "Templates", "numbering.json"));

    /// <summary>A red, opaque PNG of the given size, written out chunk by chunk.</summary>
    private static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++) raw.Write([0xC0, 0x10, 0x10, 0xFF]);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(raw.ToArray());
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
