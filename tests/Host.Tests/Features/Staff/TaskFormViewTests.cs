using Bunit;
using MudBlazor.Services;
using Reconsideration.Host.Features.Staff.Components;
using Reconsideration.Host.Features.Staff.Forms;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class TaskFormViewTests
{
    // MudBlazor's services dispose only asynchronously, so each test owns its context and disposes it that way.
    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task Choosing_correction_shows_the_items_field_and_its_message_beside_it_until_it_changes()
    {
        await using var context = Context();
        var form = new AcceptanceReviewForm();
        var errors = new Dictionary<string, string>();
        var view = context.Render<TaskFormView>(p => p.Add(v => v.Form, form).Add(v => v.Errors, errors));

        Assert.Empty(view.FindAll("[data-testid=field-correctionItems]"));
        view.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == "通知补正").QuerySelector("input")!.Click();
        Assert.Equal("correct", form["reviewResult"]);
        Assert.Single(view.FindAll("[data-testid=field-correctionItems]"));

        foreach (var (name, message) in form.Validate(FormsContext())) errors[name] = message;
        view.Render();
        var field = view.Find("[data-testid=field-correctionItems]");
        Assert.Contains("请填写补正事项。", field.TextContent);

        field.QuerySelector("textarea")!.Input("提供身份证明");
        Assert.Equal("提供身份证明", form["correctionItems"]);
        Assert.DoesNotContain("请填写补正事项。", view.Find("[data-testid=field-correctionItems]").TextContent);
    }

    [Fact]
    public async Task A_yes_no_question_shows_its_message_as_an_alert_tied_to_the_group()
    {
        await using var context = Context();
        var form = new ApprovalForm();
        var errors = new Dictionary<string, string> { ["approved"] = "请选择审批结论。" };
        var view = context.Render<TaskFormView>(p => p.Add(v => v.Form, form).Add(v => v.Errors, errors).Add(v => v.Note, "请审核。"));

        Assert.Equal("请审核。", view.Find("[data-testid=form-note]").TextContent.Trim());
        var group = view.Find("[data-testid=field-approved] fieldset");
        Assert.Equal("error-approved", group.GetAttribute("aria-describedby"));
        Assert.Equal("请选择审批结论。", view.Find("#error-approved").TextContent);
        Assert.Equal(["同意", "不同意，退回"], view.FindAll("[data-testid=field-approved] label.mud-radio").Select(l => l.TextContent.Trim()));
    }

    private static TaskFormContext FormsContext() => Forms.FormTesting.Context("ReviewApplication");
}
