using Reconsideration.DocumentGen.Issuing;

namespace Reconsideration.DocumentGen.Tests.Issuing;

public sealed class IssuedDocumentRegisterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("register-").FullName;

    [Fact]
    public void A_registered_file_verifies_and_a_changed_copy_does_not()
    {
        var register = new IssuedDocumentRegister(Path.Combine(_directory, "documents.db"));
        byte[] pdf = [.. "%PDF-1.7 决定书"u8];
        var issued = Issued(VerificationCode.New(), pdf);
        register.Add(issued);

        var authentic = register.Verify(issued.VerificationCode.ToLowerInvariant().Replace("-", " "), pdf);
        byte[] changed = [.. pdf[..^1], (byte)(pdf[^1] ^ 1)];
        var altered = register.Verify(issued.VerificationCode, changed);
        var unknown = register.Verify(VerificationCode.New(), pdf);

        Assert.Equal(VerificationOutcome.Authentic, authentic.Outcome);
        Assert.Equal(issued, authentic.Document);
        Assert.Equal("文书真实有效：行政复议决定书 红府复决〔2026〕12号，2026年3月1日签发。", authentic.Message);
        Assert.Equal(VerificationOutcome.Altered, altered.Outcome);
        Assert.Equal(VerificationOutcome.UnknownCode, unknown.Outcome);
    }

    [Fact]
    public void The_register_survives_reopening_and_refuses_a_code_twice()
    {
        var path = Path.Combine(_directory, "documents.db");
        var issued = Issued(VerificationCode.New(), [1, 2, 3]);
        new IssuedDocumentRegister(path).Add(issued);

        var reopened = new IssuedDocumentRegister(path);
        var error = Assert.Throws<InvalidOperationException>(() => reopened.Add(issued with { Title = "另一份" }));

        Assert.Contains("已登记", error.Message);
        Assert.Equal([issued], reopened.ForCase("红府复〔2026〕12号"));
    }

    private static IssuedDocument Issued(string code, byte[] pdf) => new(
        code, "decision", "行政复议决定书 红府复决〔2026〕12号", "红府复决〔2026〕12号", "红府复〔2026〕12号",
        IssuedDocumentRegister.HashOf(pdf), pdf.Length, "红星区人民政府（演示证书）",
        new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
