using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Features.Staff.Services.Admin;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Host.Tests.Scenarios;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Features.Staff.Admin;

/// <summary>A holiday year saved on 节假日安排 is in force at once for the deadlines, the engine and the due badges.</summary>
public sealed class HolidayImportTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new(holidayDirectory: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_deadline_computed_after_the_import_uses_the_saved_year_without_a_restart()
    {
        var caseId = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();
        var queries = _host.Services.GetRequiredService<CaseQueryService>();
        // Received Monday 2 March 2026: five working days end on Monday 9 March.
        Assert.Equal(new DateOnly(2026, 3, 9), await ReviewEndsAsync(queries, caseId));

        // A corrected arrangement for 2026 that also gives Thursday 5 and Friday 6 March off.
        var admin = _host.Services.GetRequiredService<HolidayCalendarAdmin>();
        var notice = admin.Preview("""
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、特别假日：3月5日（周四）至6日（周五）放假，共2天。
            """, 2026);
        Assert.Equal("2026.txt", await admin.SaveAsync(notice));

        Assert.Equal(new DateOnly(2026, 3, 11), await ReviewEndsAsync(queries, caseId));
        var thursday = new DateOnly(2026, 3, 5);
        Assert.False(_host.Services.GetRequiredService<WorkflowEngine>().Calendar.IsWorkingDay(thursday));
        Assert.False(_host.Services.GetRequiredService<DueBadges>().Calendar.IsWorkingDay(thursday));
        Assert.Contains(admin.InForce(), y => y.Year == 2026 && y.DaysOff.Contains(thursday));
    }

    [Fact]
    public async Task A_year_that_would_not_load_is_taken_back_and_the_calendar_keeps_its_years()
    {
        var admin = _host.Services.GetRequiredService<HolidayCalendarAdmin>();
        var directory = admin.Directory!;
        // A second file for 2026 under another name stops the directory's load.
        await File.WriteAllTextAsync(Path.Combine(directory, "2026-copy.txt"), await File.ReadAllTextAsync(Path.Combine(directory, await SaveAsync(admin))));
        var before = admin.InForce();

        var error = await Assert.ThrowsAsync<StaffAdminException>(() => admin.SaveAsync(admin.Preview("三、特别假日：3月5日（周四）放假，共1天。", 2026)));

        Assert.StartsWith("保存后节假日数据无法载入，已撤回：", error.Message);
        Assert.Equal(before, admin.InForce());
        Assert.True(_host.Services.GetRequiredService<WorkflowEngine>().Calendar.IsWorkingDay(new DateOnly(2026, 3, 5)));
    }

    private static async Task<string> SaveAsync(HolidayCalendarAdmin admin) =>
        await admin.SaveAsync(admin.Preview("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", 2026));

    private static async Task<DateOnly?> ReviewEndsAsync(CaseQueryService queries, Guid caseId) =>
        (await queries.DeadlinesAsync(caseId)).Single(d => d.Kind == DeadlineKind.AcceptanceReview).Due;
}
