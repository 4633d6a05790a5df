using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Tests.Features.Cases.Services;

public sealed class CaseQueryServiceTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 31);
    private readonly CasesTestBed _bed = new(Today);

    public void Dispose() => _bed.Dispose();

    private async Task<Case> Register(int day, string applicant, string respondent = "红星区市场监督管理局") =>
        await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2026, 3, day), applicant, respondent) });

    [Fact]
    public async Task Search_pages_newest_receipt_first_with_the_total()
    {
        for (var day = 1; day <= 25; day++) await Register(day, $"申请人{day}");

        var first = await _bed.Queries.SearchAsync(new CaseSearch { PageSize = 10 });
        var third = await _bed.Queries.SearchAsync(new CaseSearch { PageSize = 10, Page = 3 });
        var beyond = await _bed.Queries.SearchAsync(new CaseSearch { PageSize = 10, Page = 4 });

        Assert.Equal(25, first.Total);
        Assert.Equal(3, first.Pages);
        Assert.Equal(Enumerable.Range(16, 10).Reverse().Select(d => $"申请人{d}"), first.Items.Select(i => i.Applicants));
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(d => $"申请人{d}"), third.Items.Select(i => i.Applicants));
        Assert.Empty(beyond.Items);
        Assert.Equal("受理审查中", first.Items[0].StatusName);
    }

    [Fact]
    public async Task Search_by_number_applicant_respondent_status_and_received_range()
    {
        var a = await Register(2, "张三");
        var b = await Register(5, "李四", "红星区城市管理局");
        await Register(9, "张小花");
        await _bed.Acceptance.AcceptAsync(b.Id, new DateOnly(2026, 3, 6), Procedure.Ordinary);

        Assert.Equal(2, (await _bed.Queries.SearchAsync(new CaseSearch { Applicant = "张" })).Total);
        Assert.Equal(b.Id, Assert.Single((await _bed.Queries.SearchAsync(new CaseSearch { Respondent = "城市管理" })).Items).Id);
        Assert.Equal(b.Id, Assert.Single((await _bed.Queries.SearchAsync(new CaseSearch { Status = CaseStatus.InReview })).Items).Id);
        Assert.Equal(a.Id, Assert.Single((await _bed.Queries.SearchAsync(new CaseSearch { Number = "〔2026〕1号" })).Items).Id);
        var range = await _bed.Queries.SearchAsync(new CaseSearch { ReceivedFrom = new DateOnly(2026, 3, 3), ReceivedTo = new DateOnly(2026, 3, 9) });
        Assert.Equal(new[] { "张小花", "李四" }, range.Items.Select(i => i.Applicants));
    }

    [Fact]
    public async Task Bad_paging_is_refused_with_every_problem()
    {
        var refused = await Assert.ThrowsAsync<CaseException>(() => _bed.Queries.SearchAsync(
            new CaseSearch { Page = 0, PageSize = 500, ReceivedFrom = new DateOnly(2026, 3, 9), ReceivedTo = new DateOnly(2026, 3, 1) }));

        Assert.Equal(new[] { "page", "pageSize", "receivedFrom" }, refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var missing = await Assert.ThrowsAsync<CaseException>(() => _bed.Queries.GetAsync(Guid.NewGuid()));
        Assert.Equal(CaseErrorKind.NotFound, missing.Kind);
    }
}
