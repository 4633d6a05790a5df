using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Tests.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Tests.Features.Cases.Services;

/// <summary>A case through the services from intake to closing, and the steps the law forbids.</summary>
public sealed class CaseLifecycleTests : IDisposable
{
    private readonly CasesTestBed _bed = new(new DateOnly(2026, 9, 30));

    public void Dispose() => _bed.Dispose();

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private async Task<Case> Register(DateOnly receivedOn) =>
        await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(receivedOn) });

    private ServiceCommand Serve(string key, string recipient, RecipientRole role, DateOnly on, ServiceMethod method = ServiceMethod.Direct) => new()
    {
        DocumentTypeKey = key, Recipient = recipient, RecipientRole = role, Method = method, HandedOn = on, Server = "王承办",
    };

    [Fact]
    public async Task From_intake_to_closing()
    {
        var @case = await Register(D(9, 30));
        _bed.Clock.SetDay(D(10, 9));
        @case = await _bed.Acceptance.AcceptAsync(@case.Id, D(10, 9), Procedure.Ordinary);
        _bed.Clock.SetDay(D(10, 13));
        @case = await _bed.Review.RecordCopySentAsync(@case.Id, D(10, 12));
        @case = await _bed.Closing.RecordServiceAsync(@case.Id, Serve("reply-notice", "红星区市场监督管理局", RecipientRole.Respondent, D(10, 13)) with
        {
            Method = ServiceMethod.Post, HandedOn = D(10, 12), ReturnSlipDate = D(10, 13),
        });
        Assert.Equal(D(10, 13), @case.ReplyRequest!.RespondentReceivedOn);
        _bed.Clock.SetDay(D(11, 20));
        @case = await _bed.Review.RecordReplyAsync(@case.Id, D(10, 20));
        @case = await _bed.Closing.RecordDecisionAsync(@case.Id, DeadlineCalculatorTests.Decision(D(11, 20)));
        Assert.Equal(CaseStatus.Decided, @case.Status);

        @case = await _bed.Closing.RecordServiceAsync(@case.Id, Serve("decision", "张三", RecipientRole.Applicant, D(11, 20)));
        Assert.Equal(CaseStatus.Decided, @case.Status); // the respondent has not been served yet
        @case = await _bed.Closing.RecordServiceAsync(@case.Id, Serve("decision", "红星区市场监督管理局", RecipientRole.Respondent, D(11, 20)));
        Assert.Equal(CaseStatus.Served, @case.Status);
        Assert.Equal(D(11, 20), @case.ServedOn);

        var deadlines = await _bed.Queries.DeadlinesAsync(@case.Id);
        Assert.All(deadlines.Where(d => d.Kind != DeadlineKind.LawsuitWindow), d => Assert.Equal(DeadlineState.Met, d.State));
        Assert.Equal(D(12, 7), Assert.Single(deadlines, d => d.Kind == DeadlineKind.LawsuitWindow).Due); // day 15 is Saturday 5 December

        @case = await _bed.Closing.CloseAsync(@case.Id, D(11, 20));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(9, @case.History.Count);
        Assert.Equal(9, @case.Revision);
    }

    [Fact]
    public async Task The_sweep_deems_a_case_accepted_on_the_last_day_of_the_review()
    {
        var pending = await Register(D(9, 30));
        _bed.Clock.SetDay(D(10, 13));
        Assert.Empty(await _bed.Acceptance.ApplyDeemedAcceptanceAsync());

        _bed.Clock.SetDay(D(10, 14));
        var deemed = Assert.Single(await _bed.Acceptance.ApplyDeemedAcceptanceAsync());

        Assert.Equal(pending.Id, deemed.Id);
        Assert.Equal(CaseStatus.InReview, deemed.Status);
        Assert.Equal(new Acceptance { On = D(10, 13), Deemed = true }, deemed.Acceptance);
        Assert.Contains("视为受理", deemed.History[^1].Action);
        Assert.Empty(await _bed.Acceptance.ApplyDeemedAcceptanceAsync());
        var refused = await Assert.ThrowsAsync<CaseException>(() =>
            _bed.Acceptance.RefuseAsync(pending.Id, new Refusal { DecidedOn = D(10, 14), Reasons = "不属于受案范围", Articles = ["第三十条"] }));
        Assert.Equal(CaseErrorKind.NotAllowed, refused.Kind);
    }

    [Fact]
    public async Task A_refusal_after_the_review_period_is_refused_and_points_to_dismissal()
    {
        var @case = await Register(D(9, 30));
        _bed.Clock.SetDay(D(10, 20));

        var refused = await Assert.ThrowsAsync<CaseException>(() =>
            _bed.Acceptance.RefuseAsync(@case.Id, new Refusal { DecidedOn = D(10, 14), Reasons = "超过申请期限", Articles = ["第三十条"] }));

        Assert.Contains("第三十三条", refused.Message);
        var accepted = await _bed.Acceptance.AcceptAsync(@case.Id, D(10, 20), Procedure.Ordinary);
        Assert.Equal(new Acceptance { On = D(10, 13), Deemed = true }, accepted.Acceptance);
    }

    [Fact]
    public async Task Steps_in_the_wrong_status_or_dated_in_the_future_are_refused()
    {
        var @case = await Register(D(9, 30));

        var early = await Assert.ThrowsAsync<CaseException>(() => _bed.Review.SuspendAsync(@case.Id, D(9, 30), 5, "不可抗力"));
        Assert.Contains("受理审查中", early.Message);
        var future = await Assert.ThrowsAsync<CaseException>(() => _bed.Acceptance.AcceptAsync(@case.Id, D(10, 8), Procedure.Ordinary));
        Assert.Equal("acceptedOn", Assert.Single(future.Problems).Field);
        var noReason = await Assert.ThrowsAsync<CaseException>(() => _bed.Acceptance.AcceptAsync(@case.Id, D(9, 30), Procedure.Simplified));
        Assert.Equal("procedureReason", Assert.Single(noReason.Problems).Field);
        Assert.Equal(1, (await _bed.Queries.GetAsync(@case.Id)).Revision);
    }

    [Fact]
    public async Task Extension_through_the_service_once_and_only_in_the_ordinary_procedure()
    {
        var @case = await Register(D(9, 30));
        await _bed.Acceptance.AcceptAsync(@case.Id, D(9, 30), Procedure.Ordinary);
        _bed.Clock.SetDay(D(11, 20));

        var extended = await _bed.Review.ExtendAsync(@case.Id, 30, D(11, 20), "案情复杂");
        var again = await Assert.ThrowsAsync<CaseException>(() => _bed.Review.ExtendAsync(@case.Id, 5, D(11, 20), "仍复杂"));

        Assert.Equal(D(12, 29), _bed.Calculator.DecisionLastDay(extended)); // 90 days from 30 September
        Assert.Contains("只能延长一次", again.Message);
    }

    [Fact]
    public async Task Service_methods_set_the_service_date_and_their_requirements_are_checked()
    {
        var @case = await Register(D(9, 1));
        _bed.Clock.SetDay(D(9, 30));
        @case = await _bed.Acceptance.RequestCorrectionAsync(@case.Id, D(9, 2), ["身份证明"]);

        var missing = await Assert.ThrowsAsync<CaseException>(() => _bed.Closing.RecordServiceAsync(@case.Id,
            Serve("correction-notice", "张三", RecipientRole.Applicant, D(9, 3), ServiceMethod.LeftAtAddress) with { Server = "" }));
        Assert.Equal(new[] { "server", "witness" }, missing.Problems.Select(p => p.Field));
        var noConsent = await Assert.ThrowsAsync<CaseException>(() => _bed.Closing.RecordServiceAsync(@case.Id,
            Serve("correction-notice", "张三", RecipientRole.Applicant, D(9, 3), ServiceMethod.Electronic)));
        Assert.Contains("同意", Assert.Single(noConsent.Problems).Message);

        @case = await _bed.Closing.RecordServiceAsync(@case.Id,
            Serve("correction-notice", "张三", RecipientRole.Applicant, D(9, 3), ServiceMethod.PublicNotice));
        var record = Assert.Single(@case.ServiceRecords);
        Assert.Equal(D(10, 8), record.ServedOn); // 30 days from 3 September is Saturday 3 October, in the holiday
        Assert.Contains("第九十五条", record.Explanation);
        Assert.Equal(D(10, 8), @case.Correction!.NoticeReceivedOn);
    }
}
