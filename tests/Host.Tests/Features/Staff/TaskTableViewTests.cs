using Bunit;
using MudBlazor.Services;
using Reconsideration.Host.Features.Staff.Components;
using Reconsideration.Host.Features.Staff.Services;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class TaskTableViewTests
{
    // MudBlazor's services dispose only asynchronously, so each test owns its context and disposes it that way.
    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    private static TaskRow Row(string name, string? assignee) => new(Guid.NewGuid(), name, null, "洪府复〔2026〕1号", "红谷滩区市场监督管理局", assignee, "承办人",
        new DueBadge("已超期2日", DueLevel.Overdue, new DateOnly(2026, 3, 1)), DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Shows_the_due_badge_and_offers_claim_only_for_unclaimed_tasks()
    {
        await using var context = Context();
        TaskRow? claimed = null;
        var open = Row("受理审查", null);
        var view = context.Render<TaskTableView>(p => p.Add(v => v.Rows, [open, Row("答复通知", "handler2")]).Add(v => v.UserName, "handler")
            .Add(v => v.OnClaim, r => claimed = r));

        Assert.Equal(2, view.FindAll("[data-testid=task-row]").Count);
        Assert.Contains("已超期2日", view.Markup);
        var buttons = view.FindAll("button").Where(b => b.TextContent.Trim() == "认领").ToList();
        Assert.Single(buttons);
        buttons[0].Click();
        Assert.Same(open, claimed);
    }

    [Fact]
    public async Task Pressing_a_header_raises_the_toggled_query_and_marks_the_sorted_column()
    {
        await using var context = Context();
        TaskTableQuery? raised = null;
        var view = context.Render<TaskTableView>(p => p.Add(v => v.Rows, []).Add(v => v.QueryChanged, q => raised = q));

        Assert.Equal("ascending", view.Find("th[aria-sort=ascending]").GetAttribute("aria-sort"));
        view.FindAll(".sort-button").Single(b => b.TextContent.StartsWith("案号")).Click();

        Assert.Equal(new TaskTableQuery { SortBy = TaskSort.CaseNumber }, raised);
        Assert.Contains("没有符合条件的任务。", view.Markup);
    }
}
