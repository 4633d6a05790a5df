using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

// After the decision: the opinion letter's report (Art. 76) and each applicant's window to sue (行政诉讼法 Art. 45).
public sealed partial class DeadlineCalculator
{
    private void AddAfterDecision(Case @case, DateOnly today, List<CaseDeadline> list)
    {
        foreach (var letter in @case.OpinionLetters)
        {
            list.Add(Make(@case, new Period
            {
                Kind = DeadlineKind.OpinionLetterReport, RuleName = "意见书整改情况报送期限", Article = "《行政复议法》第七十六条",
                Obligor = DeadlineObligor.Respondent, Subject = $"{letter.DocumentNumber}（{letter.Addressee}）",
                StartEvent = "收到行政复议意见书之日", Start = letter.ServedOn, Unit = DeadlineUnit.CalendarDays, Length = 60,
                Lead = "有关机关自收到行政复议意见书之日起60日内报送纠正情况" + (letter.ServedOn is null ? "；意见书尚未登记送达，期限未起算" : ""),
                Due = letter.ServedOn is { } served ? Calendar.AddCalendarDays(served, 60) : null,
                CompletedOn = letter.ReportReceivedOn,
            }, today));
        }

        // Mediation agreements are signed by the parties and are not sued on; every other closing document is.
        var keys = new List<string> { CaseDocumentTypes.RefusalDecision };
        if (@case.Decision is { Type: not DecisionType.MediationAgreement } decision) keys.Add(CaseDocumentTypes.For(decision.Type));
        var firstService = @case.ServiceRecords
            .Where(r => r.RecipientRole == RecipientRole.Applicant && keys.Contains(r.DocumentTypeKey))
            .GroupBy(r => r.Recipient)
            .Select(g => g.MinBy(r => r.ServedOn)!);
        foreach (var record in firstService)
        {
            list.Add(Make(@case, new Period
            {
                Kind = DeadlineKind.LawsuitWindow, RuleName = "起诉期限", Article = "《行政诉讼法》第四十五条",
                Obligor = DeadlineObligor.Applicant, Subject = record.Recipient, StartEvent = $"收到{record.DocumentName}之日",
                Start = record.ServedOn, Unit = DeadlineUnit.CalendarDays, Length = 15,
                Lead = $"{record.Recipient}不服的，可以自收到{record.DocumentName}之日{Case.ChineseDate(record.ServedOn)}起15日内向人民法院提起诉讼",
                Due = LawsuitWindowLastDay(record.ServedOn), LapsesWhenPast = true,
            }, today));
        }
    }
}
