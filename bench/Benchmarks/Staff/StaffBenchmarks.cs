using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Benchmarks.Staff;

/// <summary>
/// The staff application's inbox (待办) and case search on a register of 50,000 cases with 10,000 open tasks, in the
/// whole host on a SQLite file: the server time of one page — the service call the page makes, from the database to
/// the table's lines (Blazor's rendering of twenty lines is not included). The baseline, measured in the same run, is
/// the list path the inbox used before paging and which /api/v1/tasks still uses: every open task of the person's
/// scope read (the engine caps a list at 1,000), each attached to its case, then filtered and sorted in memory.
/// </summary>
internal static class StaffBenchmarks
{
    private static readonly string[] Stages = ["受理审查", "提出答复通知", "记录答复", "听取意见", "拟写决定书", "审核", "签发", "送达"];

    /// <summary>The first six stages are the handlers', 审核 and 签发 the reviewers'.</summary>
    private static string RoleOf(int stage) => stage is 5 or 6 ? "reviewer" : "handler";

    /// <summary>start → a gateway on <c>stage</c> → one user task per stage (due <c>${ due }</c>) → end.</summary>
    private static string Bpmn()
    {
        var body = new StringBuilder("<bpmn:startEvent id=\"s\"/><bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"g\"/><bpmn:exclusiveGateway id=\"g\"/><bpmn:endEvent id=\"e\"/>");
        for (var i = 0; i < Stages.Length; i++)
        {
            body.Append($"<bpmn:sequenceFlow id=\"to{i}\" sourceRef=\"g\" targetRef=\"t{i}\"><bpmn:conditionExpression>stage === {i}</bpmn:conditionExpression></bpmn:sequenceFlow>");
            body.Append($"<bpmn:userTask id=\"t{i}\" name=\"{Stages[i]}\" rc:candidateRoles=\"{RoleOf(i)}\" rc:dueDate=\"${{ due }}\"/>");
            body.Append($"<bpmn:sequenceFlow id=\"from{i}\" sourceRef=\"t{i}\" targetRef=\"e\"/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
               + "xmlns:rc=\"urn:reconsideration:bpmn:1.0\" id=\"d\" targetNamespace=\"t\"><bpmn:process id=\"bench\" name=\"基准流程\" isExecutable=\"true\">"
               + body + "</bpmn:process></bpmn:definitions>";
    }

    private static readonly string[] Respondents =
    [
        "红谷滩区市场监督管理局", "红谷滩区城市管理局", "红谷滩区人力资源和社会保障局", "红谷滩区住房和城乡建设局", "红谷滩区自然资源局",
        "红谷滩区生态环境局", "红谷滩区交通运输局", "红谷滩区公安分局", "红谷滩区税务局", "红谷滩区卫生健康委员会", "红谷滩区应急管理局", "红谷滩区教育体育局",
    ];

    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    public static async Task<string> RunAsync(bool quick, TextWriter log)
    {
        var (caseCount, taskCount, rounds, calls) = quick ? (5_000, 1_000, 3, 10) : (50_000, 10_000, 7, 30);
        var directory = Directory.CreateTempSubdirectory("rc-bench-staff-").FullName;
        var definitions = Directory.CreateDirectory(Path.Combine(directory, "definitions")).FullName;
        await File.WriteAllTextAsync(Path.Combine(definitions, "bench.bpmn"), Bpmn());
        // Any type of the host's assembly names it: the factory starts the host's own entry point.
        await using var factory = new WebApplicationFactory<CaseIntakeService>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Workflows:Database", Path.Combine(directory, "reconsideration.db"));
            b.UseSetting("Workflows:Definitions", definitions);
            b.UseSetting("Documents:DataDirectory", directory);
            b.UseSetting("Cases:DataDirectory", directory);
            b.UseSetting("Seeding:Demo", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        factory.CreateClient().Dispose();   // starts the host: migrations, the definition deployed
        var services = factory.Services;
        try
        {
            var setup = Stopwatch.StartNew();
            await SeedAsync(services, caseCount, taskCount, log);
            await log.WriteLineAsync($"staff: {caseCount} cases and {taskCount} open tasks in {setup.Elapsed.TotalSeconds:F0} s");
            return await MeasureAsync(services, caseCount, taskCount, rounds, calls, log);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The register through the intake service (numbers, columns and JSON as in production), received over three years;
    /// every case but the newest 2 % assigned to one of five handlers; the newest cases each with one open task at a
    /// stage, 70 % for the handlers' role and 30 % for the reviewers', due over the coming weeks, a tenth of the
    /// handlers' claimed.
    /// </summary>
    private static async Task SeedAsync(IServiceProvider services, int caseCount, int taskCount, TextWriter log)
    {
        var intake = services.GetRequiredService<CaseIntakeService>();
        var links = services.GetRequiredService<CaseLinks>();
        var workflows = services.GetRequiredService<CaseWorkflows>();
        var engine = services.GetRequiredService<WorkflowEngine>();
        var random = new Random(20261128);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cases = new List<Case>(caseCount);
        for (var i = 0; i < caseCount; i++)
        {
            // Oldest first, so the newest cases (those with open tasks) have the highest serials.
            var received = today.AddDays(-(int)((long)(caseCount - 1 - i) * 1000 / caseCount));
            var name = $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{Given[random.Next(Given.Length)]}";
            cases.Add(await intake.RegisterAsync(new RegisterCaseCommand { Application = Application(name, Respondents[random.Next(Respondents.Length)], received) }));
            if (i % 5000 == 4999) await log.WriteLineAsync($"staff: {i + 1} cases registered");
        }
        for (var i = 0; i < caseCount * 98 / 100; i++)
            await links.AssignAsync(cases[i].Id, $"handler{i % 5 + 1}", $"承办人{i % 5 + 1}", "bench");
        for (var i = 0; i < taskCount; i++)
        {
            var @case = cases[caseCount - taskCount + i];
            var forHandler = random.Next(10) < 7;
            var stage = forHandler ? new[] { 0, 1, 2, 3, 4, 7 }[random.Next(6)] : 5 + random.Next(2);
            var instance = await workflows.StartAsync(@case, "bench", new Dictionary<string, object?>
            {
                ["stage"] = stage,
                ["due"] = today.AddDays(random.Next(-5, 40)).ToString("yyyy-MM-dd"),
            }, Actor.System);
            if (forHandler && random.Next(10) == 0 && await links.HandlerAsync(@case.Id) is { } handler)
            {
                var task = (await engine.TreeTasksAsync(instance.RootId)).Single();
                await engine.ClaimAsync(task.Id, Actor.User(handler.Handler, "handler"));
            }
            if (i % 2000 == 1999) await log.WriteLineAsync($"staff: {i + 1} tasks started");
        }
    }

    private static Application Application(string applicant, string respondent, DateOnly received) => new()
    {
        ReceivedOn = received,
        Channel = ApplicationChannel.Window,
        Applicants = [new Party { Kind = PartyKind.NaturalPerson, Name = applicant, Address = "红谷滩区丰和中大道1号", Phone = "13907910000" }],
        Respondent = new Respondent { Name = respondent },
        ChallengedAct = new ChallengedAct { Type = ChallengedActType.Penalty, Title = "行政处罚决定书", Date = received.AddDays(-20) },
        Requests = "撤销被申请人作出的行政处罚决定。",
        FactsAndReasons = "被申请人认定事实不清，证据不足。",
    };

    private static async Task<string> MeasureAsync(IServiceProvider services, int caseCount, int taskCount, int rounds, int calls, TextWriter log)
    {
        var tasks = services.GetRequiredService<StaffTasks>();
        var cases = services.GetRequiredService<StaffCases>();
        var views = services.GetRequiredService<TaskViews>();
        var engine = services.GetRequiredService<WorkflowEngine>();
        var handler = User("handler1", "handler");
        var reviewer = User("reviewer", "reviewer");

        // Each figure is the median of the rounds' mean page time; the slow baseline gets fewer pages a round.
        async Task<double> Median(Func<Task> page, int perRound = 0)
        {
            perRound = perRound > 0 ? perRound : calls;
            for (var i = 0; i < 3; i++) await page();   // warm: JIT, query plans, connection pool
            var median = await Measure.MedianAsync(rounds, async () =>
            {
                var stopwatch = Stopwatch.StartNew();
                for (var i = 0; i < perRound; i++) await page();
                return stopwatch.Elapsed.TotalMilliseconds / perRound;
            });
            await log.WriteLineAsync($"staff: {median:F1} ms");
            return median;
        }

        var counts = new StringBuilder();
        async Task<string> Count(string label, Task<TaskResults> page)
        {
            var result = await page;
            counts.Append($"{label}: {result.Total}; ");
            return label;
        }
        var inbox = new TaskTableQuery();
        await Count("handler1 待办", tasks.PageAsync(handler, inbox));
        await Count("reviewer 待办", tasks.PageAsync(reviewer, inbox));
        var lastPage = (await tasks.PageAsync(handler, inbox)).Total / inbox.PageSize;

        await log.WriteLineAsync("staff: measuring …");
        var rows = new List<(string Measure, double Ms)>
        {
            ("待办, handler1, page 1 by due date", await Median(() => tasks.PageAsync(handler, inbox))),
            ($"待办, handler1, last page ({lastPage + 1}) by case number", await Median(() => tasks.PageAsync(handler, inbox with { SortBy = TaskSort.CaseNumber, Page = lastPage + 1 }))),
            ("待办, handler1, filtered by stage 拟写 and respondent 城市管理", await Median(() => tasks.PageAsync(handler, inbox with { Filter = "拟写", Respondent = "城市管理" }))),
            ("待办, reviewer (every case), page 1 by due date", await Median(() => tasks.PageAsync(reviewer, inbox))),
            ("案件查询, no criteria, page 1", await Median(() => cases.SearchAsync(handler, new CaseSearch()))),
            ("案件查询, no criteria, page 1000", await Median(() => cases.SearchAsync(handler, new CaseSearch { Page = Math.Max(1, caseCount / 20 / 2) }))),
            ("案件查询, applicant 王, page 1", await Median(() => cases.SearchAsync(handler, new CaseSearch { Applicant = "王" }))),
            ("案件查询, respondent 税务 + status + received this year", await Median(() => cases.SearchAsync(handler, new CaseSearch
            {
                Respondent = "税务", Status = CaseStatus.UnderAcceptanceReview, ReceivedFrom = new DateOnly(DateTime.UtcNow.Year, 1, 1),
            }))),
        };
        var baseline = await Median(async () =>
        {
            var actor = handler.ToActor();
            var mine = await views.VisibleAsync(handler, await engine.MyTasksAsync(actor), CancellationToken.None);
            var claimable = await views.VisibleAsync(handler, await engine.ClaimableTasksAsync(actor), CancellationToken.None);
            _ = mine.Concat(claimable).OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).Take(20).ToList();
        }, perRound: 2);

        var text = new StringBuilder();
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}; "
                        + $"{caseCount:N0} cases, {taskCount:N0} open tasks; median of {rounds} rounds of {calls} pages (the baseline: of 2).");
        text.AppendLine();
        text.AppendLine($"Tasks in the lists: {counts.ToString().TrimEnd(' ', ';')}.");
        text.AppendLine();
        text.AppendLine("| page (20 lines) | server time |");
        text.AppendLine("|---|---|");
        foreach (var (measure, ms) in rows) text.AppendLine($"| {measure} | {ms:F1} ms |");
        text.AppendLine($"| baseline: handler1's open tasks the old way (whole lists, each task attached to its case, sorted in memory) | {baseline:F1} ms |");
        text.AppendLine();
        text.AppendLine($"待办 page 1 against the baseline: {baseline / rows[0].Ms:F1}×.");
        return text.ToString();
    }

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "bench"));
}
