using Bunit;
using MudBlazor.Services;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Staff.Components;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Cases;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class IntakeComponentsTests
{
    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task A_problem_stands_beside_its_field_and_the_organisation_fields_appear_for_an_organisation()
    {
        await using var context = Context();
        var party = new PartyForm { Name = "张三", IdNumber = "330106198506150030" };
        var errors = new FieldErrors([new ValidationProblem("applicants[1].idNumber", "申请人2（张三）的公民身份号码校验码错误。"),
            new ValidationProblem("applicants[0].idNumber", "别人的问题。")]);

        var view = context.Render<PartyFields>(p => p.Add(v => v.Party, party).Add(v => v.Index, 1).Add(v => v.Errors, errors));

        var idControl = view.FindAll(".mud-input-control").Single(c => c.TextContent.Contains("公民身份号码"));
        Assert.Contains("申请人2（张三）的公民身份号码校验码错误。", idControl.TextContent);
        Assert.DoesNotContain("别人的问题。", view.Markup);
        Assert.DoesNotContain("统一社会信用代码", view.Markup);

        party.Kind = PartyKind.Organisation;
        view.Render();
        Assert.Contains("统一社会信用代码", view.Markup);
        Assert.DoesNotContain("公民身份号码", view.Markup);
    }

    [Fact]
    public async Task A_third_partys_fields_carry_its_own_heading_and_its_own_messages()
    {
        await using var context = Context();
        var errors = new FieldErrors([new ValidationProblem("thirdParties[0].idNumber", "第三人1（李四）的公民身份号码校验码错误。"),
            new ValidationProblem("applicants[0].idNumber", "申请人的问题。")]);

        var view = context.Render<PartyFields>(p => p.Add(v => v.Party, new PartyForm { Name = "李四" }).Add(v => v.Index, 0)
            .Add(v => v.Label, "第三人").Add(v => v.Collection, "thirdParties").Add(v => v.CanRemove, true).Add(v => v.Errors, errors));

        Assert.Equal("第三人1", view.Find("h3").TextContent);
        Assert.Contains(view.FindAll("button"), b => b.TextContent.Contains("删除第三人1"));
        var idControl = view.FindAll(".mud-input-control").Single(c => c.TextContent.Contains("公民身份号码"));
        Assert.Contains("第三人1（李四）的公民身份号码校验码错误。", idControl.TextContent);
        Assert.DoesNotContain("申请人的问题。", view.Markup);
    }

    [Fact]
    public async Task Each_period_lists_how_it_was_computed_under_its_name_with_the_badge()
    {
        await using var context = Context();
        var today = new DateOnly(2026, 9, 25);
        var deadline = Assert.Single(new DeadlineCalculator(BusinessCalendar.Default).Compute(Samples.Case(today), today),
            d => d.Kind == DeadlineKind.AcceptanceReview);
        var explanations = new DeadlineExplanations(new DueBadges(BusinessCalendar.Default));

        var view = context.Render<CaseDeadlinesView>(p => p.Add(v => v.Deadlines, [explanations.View(deadline, today)]));

        Assert.Contains("受理审查期限", view.Find("h3").TextContent);
        Assert.Equal(["依据", "起算", "期间", "届满日", "计算过程"], view.FindAll("dt").Select(e => e.TextContent));
        Assert.Contains("2026年10月9日", view.FindAll("dd")[3].TextContent);
        Assert.Contains("剩余5个工作日", view.Find(".due-chip").TextContent);
    }
}
