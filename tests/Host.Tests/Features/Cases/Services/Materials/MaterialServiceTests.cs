using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Tests.Features.Cases.Services.Materials;

public sealed class MaterialServiceTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly CasesTestBed _bed = new(Today, maxUploadBytes: 64 * 1024);

    public void Dispose() => _bed.Dispose();

    private async Task<Case> Register() =>
        await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(Today) });

    private static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static byte[] Package(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<xml/>");
            }
        }

        return memory.ToArray();
    }

    private Task<Material> Upload(Guid caseId, string name, byte[] content) =>
        _bed.Materials.UploadAsync(caseId, name, "证据", new MemoryStream(content));

    [Fact]
    public async Task Accepted_formats_are_stored_under_their_sha256_and_listed_on_the_case()
    {
        var @case = await Register();
        var pdf = Pdf();

        var material = await Upload(@case.Id, "申请书.pdf", pdf);
        await Upload(@case.Id, "照片.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        await Upload(@case.Id, "截图.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        await Upload(@case.Id, "说明.docx", Package("[Content_Types].xml", "word/document.xml"));
        await Upload(@case.Id, "发票.ofd", Package("OFD.xml", "Doc_0/Document.xml"));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), material.Sha256);
        Assert.Equal(pdf.Length, material.Size);
        Assert.Equal(MaterialKind.Pdf, material.Kind);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(_bed.Directory, "materials", material.StoredPath)));
        var stored = await _bed.Queries.GetAsync(@case.Id);
        Assert.Equal(new[] { MaterialKind.Pdf, MaterialKind.Jpeg, MaterialKind.Png, MaterialKind.Docx, MaterialKind.Ofd }, stored.Materials.Select(m => m.Kind));
        var (read, content) = await _bed.Materials.OpenAsync(@case.Id, material.Id);
        await using (content) Assert.Equal(pdf.Length, content.Length);
        Assert.Equal("申请书.pdf", read.FileName);
    }

    [Theory]
    [InlineData("申请书.pdf", "Windows可执行程序")]
    [InlineData("照片.jpg", "Windows可执行程序")]
    public async Task A_program_renamed_to_an_accepted_extension_is_refused_and_not_kept(string name, string what)
    {
        var @case = await Register();
        var program = new byte[512];
        "MZ"u8.CopyTo(program);

        var refused = await Assert.ThrowsAsync<CaseException>(() => Upload(@case.Id, name, program));

        Assert.Contains(what, refused.Message);
        Assert.Contains("已拒收", refused.Message);
        Assert.Empty((await _bed.Queries.GetAsync(@case.Id)).Materials);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_bed.Directory, "materials"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("证据.png", "扩展名与内容不符")] // a real PDF named .png
    [InlineData("证据.exe", "只接受PDF")]
    [InlineData("宏.docx", "含宏的Word文档")]
    [InlineData("资料.pdf", "ZIP压缩包")]
    public async Task Disguised_or_unaccepted_files_are_refused(string name, string expected)
    {
        var @case = await Register();
        var content = name switch
        {
            "宏.docx" => Package("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
            "资料.pdf" => Package("readme.txt"),
            _ => Pdf(),
        };

        var refused = await Assert.ThrowsAsync<CaseException>(() => Upload(@case.Id, name, content));

        Assert.Contains(expected, refused.Message);
        Assert.Empty((await _bed.Queries.GetAsync(@case.Id)).Materials);
    }

    [Fact]
    public async Task Size_limit_empty_files_and_duplicates()
    {
        var @case = await Register();
        var large = new byte[64 * 1024 + 1];
        "%PDF-"u8.CopyTo(large);

        Assert.Contains("上限", (await Assert.ThrowsAsync<CaseException>(() => Upload(@case.Id, "大.pdf", large))).Message);
        Assert.Contains("空文件", (await Assert.ThrowsAsync<CaseException>(() => Upload(@case.Id, "空.pdf", []))).Message);
        await Upload(@case.Id, "a.pdf", Pdf());
        Assert.Contains("内容相同", (await Assert.ThrowsAsync<CaseException>(() => Upload(@case.Id, "b.pdf", Pdf()))).Message);
        Assert.Single((await _bed.Queries.GetAsync(@case.Id)).Materials);
    }
}
