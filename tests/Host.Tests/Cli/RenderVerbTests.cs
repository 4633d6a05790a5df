using Microsoft.Data.Sqlite;
using PdfSharp.Pdf.IO;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Signing;
using Reconsideration.Host.Cli;

namespace Reconsideration.Host.Tests.Cli;

public sealed class RenderVerbTests : IDisposable
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("render-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task List_prints_every_type_key_with_its_chinese_name()
    {
        var exit = await CliVerbs.RunAsync(["render", "--list"], _stdout, _stderr);

        Assert.Equal(0, exit);
        var lines = _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 16, string.Join('\n', lines));
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["decision", "行政复议决定书"]);
        Assert.All(lines, l => Assert.Matches(@"^[a-z]+(-[a-z]+)*\s+\p{IsCJKUnifiedIdeographs}", l));
    }

    [Fact]
    public async Task A_sample_renders_to_an_unsigned_preview()
    {
        var output = Path.Combine(_directory, "decision.pdf");

        var exit = await CliVerbs.RunAsync(["render", "decision", "--sample", "--out", output], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal("", _stderr.ToString());
        var pdf = await File.ReadAllBytesAsync(output);
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            Assert.True(document.PageCount >= 3);
        }
        Assert.False(PdfSignatureVerifier.Verify(pdf).Signed);
    }

    [Fact]
    public async Task Issue_signs_and_registers_the_document_in_the_configured_data_directory()
    {
        var output = Path.Combine(_directory, "notice.pdf");

        var exit = await CliVerbs.RunAsync(
            ["render", "acceptance-notice", "--sample", "--out", output, "--issue", "--Documents:DataDirectory", _directory], _stdout, _stderr);

        Assert.Equal(0, exit);
        var pdf = await File.ReadAllBytesAsync(output);
        Assert.True(PdfSignatureVerifier.Verify(pdf).IsTrustworthy);
        var code = System.Text.RegularExpressions.Regex.Match(_stdout.ToString(), "验证码 ([0-9A-Z-]{19})").Groups[1].Value;
        Assert.Equal(VerificationOutcome.Authentic, new IssuedDocumentRegister(Path.Combine(_directory, "documents.db")).Verify(code, pdf).Outcome);
    }

    [Fact]
    public async Task Data_from_a_file_renders_and_broken_json_names_its_line()
    {
        var data = Path.Combine(_directory, "data.json");
        var output = Path.Combine(_directory, "out.pdf");
        await File.WriteAllTextAsync(data, "{\n  \"organ\": {\n    \"name\": \"红星区人民政府\",\n  oops\n}");

        var exit = await CliVerbs.RunAsync(["render", "decision", "--data", data, "--out", output], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains("第4行不是有效的 JSON", _stderr.ToString());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Missing_data_names_the_field_and_writes_no_file()
    {
        var data = Path.Combine(_directory, "data.json");
        var output = Path.Combine(_directory, "out.pdf");
        await File.WriteAllTextAsync(data, """{ "organ": { "name": "红星区人民政府" }, "issue_date": "2026-03-01" }""");

        var exit = await CliVerbs.RunAsync(["render", "correction-notice", "--data", data, "--out", output], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.StartsWith("未生成文书：", _stderr.ToString());
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("render", "no-such-type", "--sample", "--out", "x.pdf")]
    [InlineData("render", "decision", "--sample")]
    [InlineData("render", "decision", "--out", "x.pdf")]
    public async Task Bad_arguments_exit_2_with_a_chinese_message(params string[] args)
    {
        var exit = await CliVerbs.RunAsync(args, _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Matches("没有文书类型“no-such-type”|用法：render", _stderr.ToString());
    }
}
