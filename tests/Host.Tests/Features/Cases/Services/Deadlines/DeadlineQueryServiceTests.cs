using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Tests.Features.Cases.Services.Deadlines;

public sealed class DeadlineQueryServiceTests : IDisposable
{
    private readonly CasesTestBed _bed = new(new DateOnly(2026, 10, 9));

    public void Dispose() => _bed.Dispose();

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Approaching_and_overdue_across_cases_at_an_instant()
    {
        // Received 30 September: review ends 13 October. Received 9 October: review ends 16 October.
        var early = await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2026, 9, 30)) });
        var later = await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2026, 10, 9), "李四") });

        var approaching = await _bed.DeadlineQueries.ApproachingAsync(At(10, 9));
        Assert.Equal(new[] { (early.Number, DeadlineKind.CorrectionNotice), (early.Number, DeadlineKind.AcceptanceReview) },
            approaching.Select(d => (d.CaseNumber, d.Kind)).OrderBy(p => p.Kind == DeadlineKind.AcceptanceReview));
        Assert.Empty(await _bed.DeadlineQueries.OverdueAsync(At(10, 13, 23)));

        var overdue = await _bed.DeadlineQueries.OverdueAsync(At(10, 14, 0));
        var late = Assert.Single(overdue);
        Assert.Equal((early.Id, DeadlineKind.AcceptanceReview, new DateOnly(2026, 10, 13)), (late.CaseId, late.Kind, late.Due!.Value));
        Assert.Contains(await _bed.DeadlineQueries.ApproachingAsync(At(10, 14)), d => d.CaseId == later.Id);
        Assert.Empty(await _bed.DeadlineQueries.OverdueAsync(At(10, 14), DeadlineObligor.Respondent));
    }

    [Fact]
    public async Task The_respondents_late_reply_is_overdue_for_the_respondent()
    {
        var @case = await _bed.Intake.RegisterAsync(new RegisterCaseCommand { Application = Samples.Application(new DateOnly(2026, 9, 21)) });
        await _bed.Acceptance.AcceptAsync(@case.Id, new DateOnly(2026, 9, 22), Procedure.Simplified, "警告");
        await _bed.Review.RecordCopySentAsync(@case.Id, new DateOnly(2026, 9, 23));
        await _bed.Closing.RecordServiceAsync(@case.Id, new ServiceCommand
        {
            DocumentTypeKey = CaseDocumentTypes.ReplyNotice, Recipient = "红星区市场监督管理局", RecipientRole = RecipientRole.Respondent,
            Method = ServiceMethod.Direct, HandedOn = new DateOnly(2026, 9, 24), Server = "王承办",
        });

        var overdue = Assert.Single(await _bed.DeadlineQueries.OverdueAsync(At(10, 12), DeadlineObligor.Respondent));

        Assert.Equal(DeadlineKind.Reply, overdue.Kind);
        Assert.Equal(new DateOnly(2026, 10, 9), overdue.Due); // five working days: 28–30 September, 8–9 October
    }
}
