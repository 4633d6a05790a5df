using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

[Collection(DesignerCollection.Name)]
public sealed class DesignerTests(DesignerApp app)
{
    [Fact]
    public async Task A_designer_opens_and_validates_the_shipped_workflow()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await Expect(page.GetByTestId("process-Reconsideration")).ToContainTextAsync("行政复议案件办理");
        await Expect(page.GetByTestId("version-Reconsideration-1")).ToContainTextAsync("系统");

        await page.GetByTestId("process-Reconsideration").GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();
        await Expect(designer.Shape("Intake")).ToBeVisibleAsync();
        // The entry and the panel's chunk that the page preloads are the modules the designer imports: fetched once each.
        await Expect(page.Locator(".bio-properties-panel-header")).ToBeVisibleAsync();
        var fetched = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name)");
        Assert.Single(fetched, f => f.Contains("/designer/designer.") && f.EndsWith(".js"));
        Assert.Single(fetched, f => f.Contains("/designer/chunks/PanelAndLint."));
        await designer.ClickToolbarAsync("validate");
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("校验通过，可以发布。");
        await Expect(page.GetByTestId("problems")).ToHaveCountAsync(0);
        await app.ShotAsync(page, "designer-reconsideration");
    }

    [Fact]
    public async Task A_designer_draws_a_new_process_fixes_what_the_lint_finds_and_publishes_it()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await designer.ClickToolbarAsync("new-process");
        await page.GetByLabel("流程标识").FillAsync("ExpeditedReview");
        await page.GetByLabel("流程名称").FillAsync("快速审理");
        await designer.ClickToolbarAsync("create-process");
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");
        await Expect(page.Locator(".djs-palette")).ToBeVisibleAsync();

        var start = await designer.DragFromPaletteAsync("create.start-event", 250, 250);
        var task = await designer.DragFromPaletteAsync("create.task", 450, 250, "审查申请");
        var end = await designer.DragFromPaletteAsync("create.end-event", 650, 250);
        await designer.ReplaceAsync(task, "replace-with-user-task");
        await Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("用户任务");
        await designer.ConnectAsync(start, task);

        // The end event is not connected yet: the lint rules say so, and publishing is refused.
        await designer.ClickToolbarAsync("validate");
        var problems = page.GetByTestId("problem");
        await Expect(problems.Filter(new() { HasText = "没有流出的顺序流" })).ToHaveCountAsync(1);
        await Expect(problems.Filter(new() { HasText = "没有流入的顺序流" })).ToHaveCountAsync(1);
        await Expect(problems.Filter(new() { HasText = "无人能办理" })).ToHaveCountAsync(1);
        await app.ShotAsync(page, "designer-lint");

        await designer.ConnectAsync(task, end);
        await designer.SelectAsync(task);
        await designer.OpenGroupAsync("任务办理");
        await page.GetByLabel("候选角色：承办人").CheckAsync();
        await page.GetByLabel("办理期限（天数）").FillAsync("5");
        await page.GetByLabel("期限计算方式").SelectOptionAsync("CD");
        await designer.ClickToolbarAsync("save-draft");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("草稿已保存");

        await designer.ClickToolbarAsync("validate");
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("校验通过，可以发布。");
        await designer.ClickToolbarAsync("publish");
        await page.GetByLabel("发布说明（必填）").FillAsync("新增快速审理流程：承办人5日内审查");
        await designer.ClickToolbarAsync("confirm-publish");
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布：快速审理 第1版。正在办理的案件仍按原版本运行。");
        await app.ShotAsync(page, "designer-published");

        await page.GetByRole(AriaRole.Link, new() { Name = "返回列表" }).ClickAsync();
        var version = page.GetByTestId("version-ExpeditedReview-1");
        await Expect(version).ToContainTextAsync("孙悦");
        await Expect(version).ToContainTextAsync("新增快速审理流程：承办人5日内审查");
        await Expect(page.GetByTestId("process-ExpeditedReview")).ToContainTextAsync("第1版");
        await Expect(page.GetByTestId("process-ExpeditedReview")).ToContainTextAsync("无");

        // What was published is what was drawn: the panel's values are in the deployed file.
        await page.GetByTestId("process-ExpeditedReview").GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("已发布版本");
        await designer.SelectAsync(task);
        await designer.OpenGroupAsync("任务办理");
        await Expect(page.GetByLabel("候选角色：承办人")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("办理期限（天数）")).ToHaveValueAsync("5");
        await Expect(page.GetByLabel("期限计算方式")).ToHaveValueAsync("CD");
    }

    [Fact]
    public async Task A_condition_is_checked_as_it_is_typed()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await designer.OpenAtAsync("Reconsideration", "Flow_OralApplication_IssueOralRecord");
        await Expect(designer.PanelHeaderLabel).ToHaveTextAsync("口头申请");
        await designer.OpenGroupAsync("条件");
        var condition = page.GetByLabel("条件表达式");
        var problem = page.GetByTestId("designer-properties").GetByText("表达式语法有误");
        await Expect(condition).ToHaveValueAsync("${ channel === 'oral' }");
        await Expect(problem).ToHaveCountAsync(0);

        await condition.FillAsync("");
        await condition.PressSequentiallyAsync("amount >");
        await Expect(problem).ToBeVisibleAsync();
        await condition.PressSequentiallyAsync(" 10000");
        await Expect(problem).ToHaveCountAsync(0);
        await Expect(condition).ToHaveValueAsync("amount > 10000");
    }

    [Fact]
    public async Task A_task_due_in_a_named_legal_period_keeps_the_name_after_saving_and_reopening()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await designer.ClickToolbarAsync("new-process");
        await page.GetByLabel("流程标识").FillAsync("ReplyDue");
        await page.GetByLabel("流程名称").FillAsync("答复期限示例");
        await designer.ClickToolbarAsync("create-process");
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");
        await designer.DragFromPaletteAsync("create.start-event", 250, 250);
        var task = await designer.DragFromPaletteAsync("create.task", 450, 250);
        await designer.DragFromPaletteAsync("create.end-event", 650, 250);
        await designer.ReplaceAsync(task, "replace-with-user-task");
        await designer.OpenGroupAsync("任务办理");

        // 法定期限 puts a choice of the law's periods in place of the days.
        await page.GetByLabel("期限计算方式").SelectOptionAsync("LEGAL");
        await Expect(page.GetByLabel("办理期限（天数）")).ToHaveCountAsync(0);
        var legal = page.GetByLabel("法定期限", new() { Exact = true });
        await Expect(legal.Locator("option", new() { HasText = "答复期限（《行政复议法》第四十八条、第七十条，10个工作日）" })).ToHaveCountAsync(1);
        await legal.SelectOptionAsync("答复期限");
        await Expect(page.GetByTestId("designer-properties").GetByText("期限值 P10WD")).ToBeVisibleAsync();
        await designer.ClickToolbarAsync("save-draft");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("草稿已保存");

        await designer.OpenAtAsync("ReplyDue", task);
        await Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("用户任务");
        await designer.OpenGroupAsync("任务办理");
        await Expect(page.GetByLabel("期限计算方式")).ToHaveValueAsync("LEGAL");
        await Expect(legal).ToHaveValueAsync("答复期限");
        await Expect(page.GetByTestId("designer-properties").GetByText("期限值 P10WD")).ToBeVisibleAsync();

        // Back to days: the name goes, the ten working days stay.
        await page.GetByLabel("期限计算方式").SelectOptionAsync("WD");
        await Expect(page.GetByLabel("办理期限（天数）")).ToHaveValueAsync("10");
        await Expect(legal).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_file_with_an_error_the_engine_finds_is_refused_and_its_element_marked()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await designer.ClickToolbarAsync("new-process");
        await page.GetByLabel("流程标识").FillAsync("BrokenTimer");
        await page.GetByLabel("流程名称").FillAsync("错误的定时");
        await designer.ClickToolbarAsync("create-process");
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");

        // A bad period is no lint matter (the value is there) but the server's timer check refuses it.
        await page.GetByTestId("import").SetInputFilesAsync(new FilePayload
        {
            Name = "broken.bpmn", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(BrokenTimer),
        });
        await Expect(designer.Shape("Wait")).ToBeVisibleAsync();
        await designer.ClickToolbarAsync("publish");
        await page.GetByLabel("发布说明（必填）").FillAsync("测试");
        await designer.ClickToolbarAsync("confirm-publish");
        await Expect(page.GetByTestId("problem").Filter(new() { HasText = "P5X" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".rc-problem-badge[data-element-id='Wait']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "返回列表" }).ClickAsync();
        await Expect(page.GetByTestId("process-BrokenTimer")).ToContainTextAsync("未发布");
    }

    private const string BrokenTimer = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
          <bpmn:process id="BrokenTimer" name="错误的定时" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:intermediateCatchEvent id="Wait" name="等待">
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
              <bpmn:timerEventDefinition><bpmn:timeDuration>P5X</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="End"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="Wait" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="BrokenTimer">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Wait_di" bpmnElement="Wait"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="300" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="236" y="118" /><di:waypoint x="300" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
