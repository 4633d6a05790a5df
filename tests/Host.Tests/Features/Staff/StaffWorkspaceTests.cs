using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Host.Tests.Features.Cases;
using UglyToad.PdfPig;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Staff;

/// <summary>The intake and workspace services of the pages, on the whole host with its SQLite file and the demo data.</summary>
public sealed class StaffWorkspaceTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    private static readonly ClaimsPrincipal Clerk = Person("clerk", "王敏", StaffRoles.Clerk);

    private static IntakeForm Form(string applicant)
    {
        var form = new IntakeForm
        {
            ReceivedOn = DateTime.Today.AddDays(-1), RespondentName = "红谷滩区城市管理局", ActTitle = "行政处罚决定", Requests = "撤销行政处罚决定。",
        };
        form.Applicants[0].Name = applicant;
        form.Applicants[0].IdNumber = Samples.LiSiId;
        return form;
    }

    private T Service<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_clerk_registers_with_an_attachment_and_the_journal_names_her_newest_first()
    {
        var pdf = Path.Combine(_host.Directory, "申请书.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n% application\n");
        var uploads = Service<StaffUploads>();
        var (staged, error) = await uploads.StageAsync("申请书.pdf", new FileInfo(pdf).Length, _ => File.OpenRead(pdf));
        Assert.Null(error);
        using var file = staged!;
        file.Description = "行政复议申请书";

        var outcome = await Service<StaffIntake>().RegisterAsync(Clerk, Form("欧阳娜"), [file]);

        Assert.Empty(outcome.Problems);
        Assert.Empty(outcome.UploadErrors);
        var workspace = (await Service<StaffWorkspace>().OpenAsync(Clerk, outcome.Case!.Id)).Workspace!;
        Assert.Equal("欧阳娜", workspace.Case.Application.Applicants[0].Name);
        Assert.Equal(Sex.Female, workspace.Case.Application.Applicants[0].Sex);
        Assert.Equal("行政复议申请书", Assert.Single(workspace.Case.Materials).Description);
        Assert.Contains(workspace.Deadlines, d => d.Deadline.RuleName == "受理审查期限" && d.Facts.Any(f => f.Label == "计算过程"));
        var journal = workspace.Journal.Where(l => l.Source == "案件").ToList();
        Assert.StartsWith("上传材料“行政复议申请书”", journal[0].Text);
        Assert.StartsWith("收案登记（窗口递交", journal[^1].Text);
        Assert.All(journal, l => Assert.Equal("王敏", l.Actor));
    }

    [Fact]
    public async Task A_refused_form_registers_nothing_and_a_disguised_attachment_is_refused_before_anything_is_stored()
    {
        var intake = Service<StaffIntake>();
        var before = _host.Count("case_cases");
        var form = Form("欧阳娜");
        form.Applicants[0].IdNumber = "110105194912310021";

        var outcome = await intake.RegisterAsync(Clerk, form, []);

        Assert.Null(outcome.Case);
        Assert.Equal("applicants[0].idNumber", Assert.Single(outcome.Problems).Field);
        Assert.Equal(before, _host.Count("case_cases"));

        var program = Path.Combine(_host.Directory, "证据.pdf");
        await File.WriteAllBytesAsync(program, [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]);
        var (staged, error) = await Service<StaffUploads>().StageAsync("证据.pdf", 8, _ => File.OpenRead(program));
        Assert.Null(staged);
        Assert.Contains("Windows可执行程序", error);
    }

    [Fact]
    public async Task A_handler_cannot_open_another_handlers_case_and_a_missing_case_is_named_as_such()
    {
        var cases = Service<Reconsideration.Host.Features.Cases.Services.CaseQueryService>();
        var links = Service<Reconsideration.Host.Features.Api.Access.CaseLinks>();
        var handlers = await links.HandlersAsync();
        var theirs = handlers.First(h => h.Value.Handler == "handler").Key;
        var workspace = Service<StaffWorkspace>();

        var refused = await workspace.OpenAsync(Person("handler2", "陈静", StaffRoles.Handler), theirs);
        var allowed = await workspace.OpenAsync(Person("handler", "李明", StaffRoles.Handler), theirs);
        var missing = await workspace.OpenAsync(Clerk, Guid.NewGuid());

        Assert.Null(refused.Workspace);
        Assert.Contains("由承办人李明办理", refused.Refusal);
        Assert.Equal((await cases.GetAsync(theirs)).Number, allowed.Workspace!.Case.Number);
        Assert.StartsWith("没有这个案件", missing.Refusal);
    }

    [Fact]
    public void The_oral_transcript_prints_from_the_form_before_anything_is_registered_once_its_particulars_are_given()
    {
        var intake = Service<StaffIntake>();
        var before = _host.Count("case_cases");
        var form = Form("欧阳娜");
        form.Channel = ApplicationChannel.Oral;
        form.Oral.StartTime = "09:30";
        form.Oral.Interviewer = "王敏";
        form.Oral.Recorder = "王敏";

        var (none, problems) = intake.Transcript(form);
        Assert.Null(none);
        Assert.Equal(["oralRecord.place", "factsAndReasons"], problems.Select(p => p.Field));

        form.FactsAndReasons = "申请人认为处罚过重。";
        form.Oral.Place = "红谷滩区行政复议接待室";
        var (pdf, ok) = intake.Transcript(form);

        Assert.Empty(ok);
        using var document = PdfDocument.Open(pdf!);
        var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(c => !char.IsWhiteSpace(c[0])));
        Assert.Contains("口头申请笔录", text);
        Assert.Contains("欧阳娜", text);
        Assert.Contains("红谷滩区行政复议接待室", text);
        Assert.Contains("撤销行政处罚决定。", text);
        Assert.Equal(before, _host.Count("case_cases"));
    }

    [Fact]
    public void Verification_compares_the_stored_file_with_the_register_and_says_which()
    {
        var register = new IssuedDocumentRegister(Path.Combine(_host.Directory, "verify-register.db"));
        var files = new IssuedFiles(Path.Combine(_host.Directory, "verify"));
        var @case = Samples.Case(new DateOnly(2026, 3, 2));
        byte[] pdf = [.. "%PDF-1.7 受理通知书"u8];
        var code = VerificationCode.New();
        register.Add(new IssuedDocument(code, "acceptance-notice", "受理通知书", "红府复受〔2026〕1号", @case.Number,
            IssuedDocumentRegister.HashOf(pdf), pdf.Length, "刘强", DateTimeOffset.UnixEpoch));

        var missing = StaffWorkspace.Verify(register, files, @case, code);
        var path = files.PathOf(@case.Id, code);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, pdf);
        var same = StaffWorkspace.Verify(register, files, @case, code);
        File.WriteAllBytes(path, [.. pdf, (byte)' ']);
        var changed = StaffWorkspace.Verify(register, files, @case, code);
        var other = StaffWorkspace.Verify(register, files, @case with { Number = "红府复〔2026〕2号" }, code);

        Assert.Equal((false, true), (missing.Matches, missing.Message.Contains("缺失")));
        Assert.True(same.Matches);
        Assert.StartsWith("文件与登记一致：受理通知书（红府复受〔2026〕1号）", same.Message);
        Assert.False(changed.Matches);
        Assert.StartsWith("文件与登记不一致", changed.Message);
        Assert.False(other.Matches);
    }
}
