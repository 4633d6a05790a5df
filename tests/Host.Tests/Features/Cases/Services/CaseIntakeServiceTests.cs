using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Tests.Features.Cases.Services;

public sealed class CaseIntakeServiceTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly CasesTestBed _bed = new(Today);

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task An_invalid_application_stores_nothing_and_lists_every_problem()
    {
        var application = Samples.Application(Today.AddDays(2)) with
        {
            Applicants = [Samples.ZhangSan() with { IdNumber = "330106198506150030" }],
            Requests = " ",
        };

        var refused = await Assert.ThrowsAsync<CaseException>(() => _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = application }));

        Assert.Equal(CaseErrorKind.Invalid, refused.Kind);
        Assert.Equal(new[] { "receivedOn", "applicants[0].idNumber", "requests" }, refused.Problems.Select(p => p.Field));
        Assert.StartsWith("提交的内容有3处问题", refused.Message);
        Assert.Equal(0, _bed.Count("case_cases"));
        Assert.Equal(0, _bed.Count("case_issued_numbers"));
        Assert.Equal(0, _bed.Count("case_counters"));
    }

    [Fact]
    public async Task A_registered_case_is_under_acceptance_review_normalised_and_read_back_whole()
    {
        var application = Samples.Application(Today) with
        {
            Applicants = [Samples.ZhangSan() with { IdNumber = Samples.ZhangSanId.ToLowerInvariant(), Sex = null, BirthDate = null }],
            ThirdParties = [Samples.Company()],
        };

        var registered = await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = application });
        var read = await _bed.Queries.GetAsync(registered.Id);

        Assert.Equal(CaseStatus.UnderAcceptanceReview, read.Status);
        Assert.Equal("红府复〔2026〕1号", read.Number);
        Assert.Equal(1, read.Revision);
        Assert.Equal(Sex.Male, read.Application.Applicants[0].Sex);
        Assert.Equal(new DateOnly(1985, 6, 15), read.Application.Applicants[0].BirthDate);
        Assert.Equal(Samples.CompanyCode, read.Application.ThirdParties[0].CreditCode);
        Assert.Equal(5000m, read.Application.ChallengedAct.Amount);
        Assert.Contains("收案登记", Assert.Single(read.History).Action);
        Assert.Equal(read.Id, (await _bed.Queries.FindByNumberAsync("红府复〔2026〕1号"))!.Id);
    }
}
