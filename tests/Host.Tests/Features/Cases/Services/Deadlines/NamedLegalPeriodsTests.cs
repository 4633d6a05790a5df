using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Simulation;

namespace Reconsideration.Host.Tests.Features.Cases.Services.Deadlines;

/// <summary>
/// The named legal periods the designer offers are the periods the calculator counts a case's deadlines with: same
/// article, unit and length, and the engine, given a period's value as a task's due period, ends it on the same day.
/// </summary>
public sealed class NamedLegalPeriodsTests
{
    private readonly DeadlineCalculator _calculator = new(BusinessCalendar.Default);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>Every forward period the calculator counts, from cases at the points where each runs (2026 holidays).</summary>
    private List<CaseDeadline> Computed()
    {
        Case WithReplyRequest(Procedure procedure)
        {
            var @case = Samples.Accepted(D(9, 22), D(9, 23), procedure).RecordCopySent(D(9, 23));
            return @case with { ReplyRequest = @case.ReplyRequest! with { RespondentReceivedOn = D(9, 24) } };
        }
        (Case, DateOnly)[] cases =
        [
            (Samples.Case(D(9, 30)), D(9, 30)),
            (Samples.Case(D(9, 21)).RequestCorrection(D(9, 22), ["申请人身份证明"], D(9, 28))
                .RecordService(DeadlineCalculatorTests.Service(CaseDocumentTypes.CorrectionNotice, "张三", RecipientRole.Applicant, D(9, 24))), D(9, 24)),
            (Samples.Accepted(D(9, 30), D(9, 30)), D(9, 30)),
            (Samples.Accepted(D(9, 30), D(9, 30), Procedure.Simplified), D(9, 30)),
            (WithReplyRequest(Procedure.Ordinary), D(9, 24)),
            (WithReplyRequest(Procedure.Simplified), D(9, 24)),
            (Samples.Accepted(D(2, 2), D(2, 3)).RecordOpinionLetter("红府复意〔2026〕1号", "红星区市场监督管理局")
                .RecordService(DeadlineCalculatorTests.Service(CaseDocumentTypes.OpinionLetter, "红星区市场监督管理局", RecipientRole.Respondent, D(3, 2))
                    with { DocumentNumber = "红府复意〔2026〕1号" }), D(3, 2)),
            (Samples.Accepted(D(8, 3), D(8, 4)).RecordDecision(DeadlineCalculatorTests.Decision(D(9, 17)))
                .RecordService(DeadlineCalculatorTests.Service(CaseDocumentTypes.Decision, "张三", RecipientRole.Applicant, D(9, 18))), D(9, 18)),
        ];
        return [.. cases.SelectMany(c => _calculator.Compute(c.Item1, c.Item2))
            .Where(d => d.Kind != DeadlineKind.HearingNotice && d.Due is not null && d.StartDate is not null)];
    }

    [Fact]
    public void Each_named_period_is_a_period_the_calculator_counts_with_the_same_unit_and_length()
    {
        var computed = Computed();

        Assert.All(computed, deadline =>
        {
            var named = Assert.Single(NamedLegalPeriods.All, p => p.Article == deadline.Article);
            Assert.Equal((deadline.Unit, deadline.Length), (named.Unit, named.Length));
        });
        Assert.All(NamedLegalPeriods.All, named => Assert.Contains(computed, d => d.Article == named.Article));
        Assert.Equal(NamedLegalPeriods.All.Count, NamedLegalPeriods.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal("P10WD", NamedLegalPeriods.All.Single(p => p.Name == "答复期限").Value);
        Assert.Equal("60日", NamedLegalPeriods.All.Single(p => p.Name == "审理期限").LengthText);
    }

    [Fact]
    public async Task Each_named_periods_value_is_a_due_period_the_engine_ends_on_the_calculators_last_day()
    {
        foreach (var deadline in Computed().DistinctBy(d => d.Article))
        {
            var named = NamedLegalPeriods.All.Single(p => p.Article == deadline.Article);
            var start = new DateTimeOffset(deadline.StartDate!.Value.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
            var run = await SimulationSession.StartAsync(OneTask(named), null, null, start, BusinessCalendar.Default, []);

            var task = Assert.Single(await run.OpenTasksAsync());
            Assert.True(LegalTime.EndOfDay(deadline.Due!.Value) == task.DueAt, $"{named.Name}（{named.Value}）从{deadline.StartDate}起算");
        }
    }

    private static string OneTask(NamedLegalPeriod period) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task" />
            <bpmn:userTask id="Task" rc:candidateRoles="handler" rc:dueDate="{period.Value}" rc:dueLegalPeriod="{period.Name}" />
            <bpmn:sequenceFlow id="f2" sourceRef="Task" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
