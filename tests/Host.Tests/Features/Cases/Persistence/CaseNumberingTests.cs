using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Tests.Features.Cases.Persistence;

public sealed class CaseNumberingTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly CasesTestBed _bed = new(Today);

    public void Dispose() => _bed.Dispose();

    private RegisterCaseCommand Command(string applicant = "张三", string? number = null) =>
        new() { Application = Samples.Application(Today, applicant), CaseNumber = number };

    [Fact]
    public async Task Concurrent_intake_gives_unique_consecutive_serials()
    {
        const int count = 24;
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, count)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await _bed.Intake.RegisterAsync(Command($"申请人{i}"));
            }))
            .ToList();
        start.Set();
        var cases = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(1, count), cases.Select(c => c.Serial).Order());
        Assert.Equal(count, cases.Select(c => c.Number).Distinct().Count());
        Assert.All(cases, c => Assert.Equal(_bed.Numbers.FormatCaseNumber(2026, c.Serial), c.Number));
        Assert.Equal(count, _bed.Count("case_cases"));
        Assert.Equal(count, _bed.Count("case_issued_numbers"));
    }

    [Fact]
    public async Task Serials_count_per_year_of_receipt()
    {
        var first = await _bed.Intake.RegisterAsync(Command());
        var lastYear = await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2025, 12, 30)) });
        var second = await _bed.Intake.RegisterAsync(Command());

        Assert.Equal("红府复〔2026〕1号", first.Number);
        Assert.Equal("红府复〔2025〕1号", lastYear.Number);
        Assert.Equal("红府复〔2026〕2号", second.Number);
    }

    [Fact]
    public async Task A_typed_number_that_collides_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var first = await _bed.Intake.RegisterAsync(Command());

        var refused = await Assert.ThrowsAsync<CaseException>(() => _bed.Intake.RegisterAsync(Command("李四", first.Number)));

        Assert.Equal(CaseErrorKind.Conflict, refused.Kind);
        Assert.Contains("红府复〔2026〕1号", refused.Message);
        Assert.Contains("不能重复", refused.Message);
        Assert.Equal(1, _bed.Count("case_cases"));
    }

    [Fact]
    public async Task A_typed_number_is_kept_and_the_counter_skips_it()
    {
        var typed = await _bed.Intake.RegisterAsync(Command("李四", " 红府复〔2026〕2号 "));
        var next1 = await _bed.Intake.RegisterAsync(Command());
        var next2 = await _bed.Intake.RegisterAsync(Command());

        Assert.Equal("红府复〔2026〕2号", typed.Number);
        Assert.Equal(new[] { 1, 3 }, new[] { next1.Serial, next2.Serial });
    }

    [Theory]
    [InlineData("红府复〔2026〕第3号")]
    [InlineData("红府复[2026]3号")]
    [InlineData("红府复〔2026〕03号")]
    [InlineData("红府复决〔2026〕3号")]
    public async Task A_typed_number_in_the_wrong_form_is_refused(string typed)
    {
        var refused = await Assert.ThrowsAsync<CaseException>(() => _bed.Intake.RegisterAsync(Command(number: typed)));

        Assert.Equal("caseNumber", Assert.Single(refused.Problems).Field);
        Assert.Equal(0, _bed.Count("case_cases"));
    }

    [Fact]
    public async Task Document_numbers_reuse_the_case_serial_and_are_issued_once_even_concurrently()
    {
        await _bed.Intake.RegisterAsync(Command());
        var @case = await _bed.Intake.RegisterAsync(Command("李四"));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await _bed.DocumentNumbers.IssueAsync(@case.Id, "decision", Today)).Number;
            }
            catch (CaseException e) when (e.Kind == CaseErrorKind.Conflict)
            {
                return null;
            }
        })));

        Assert.Equal("红府复决〔2026〕2号", Assert.Single(attempts, n => n is not null));
        var acceptance = await _bed.DocumentNumbers.IssueAsync(@case.Id, "acceptance-notice", Today);
        Assert.Equal("红府复受〔2026〕2号", acceptance.Number);
        var again = await Assert.ThrowsAsync<CaseException>(() => _bed.DocumentNumbers.IssueAsync(@case.Id, "decision", Today));
        Assert.Contains("红府复决〔2026〕2号", again.Message);
        var stored = await _bed.Queries.GetAsync(@case.Id);
        Assert.Equal(new[] { "红府复决〔2026〕2号", "红府复受〔2026〕2号" }, stored.Documents.Select(d => d.Number));
    }

    [Fact]
    public async Task A_change_from_a_stale_revision_is_refused()
    {
        var @case = await _bed.Intake.RegisterAsync(Command());
        await _bed.Acceptance.AcceptAsync(@case.Id, Today, Procedure.Ordinary, expectedRevision: @case.Revision);

        var stale = await Assert.ThrowsAsync<CaseException>(() =>
            _bed.Acceptance.RefuseAsync(@case.Id, new Refusal { DecidedOn = Today, Reasons = "超过申请期限", Articles = ["第三十条"] }, @case.Revision));

        Assert.Equal(CaseErrorKind.Conflict, stale.Kind);
        Assert.Contains("刷新", stale.Message);
        Assert.Equal(CaseStatus.InReview, (await _bed.Queries.GetAsync(@case.Id)).Status);
    }
}
