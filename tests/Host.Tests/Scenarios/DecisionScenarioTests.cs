using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>
/// The decision kinds with the real handlers: each signed by its signer and issued with the holding recorded on the case,
/// read back from the PDF; the fields a kind needs refused at the draft, and named in the incident when missing.
/// </summary>
public sealed class DecisionScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, DecisionType, string, string, string, object?> Kinds => new()
    {
        { "vary", DecisionType.Vary, "变更被申请人作出的行政处罚决定，将罚款50000元变更为罚款5000元。", "第六十三条第一款第一项", "district-leader", new { item = 1 } },
        { "partially-revoke", DecisionType.PartiallyRevoke, "撤销被申请人作出的行政处罚决定中罚款50000元的部分。", "第六十四条第一款第一项", "district-leader", new { item = 1 } },
        { "confirm-illegal", DecisionType.ConfirmIllegal, "确认被申请人作出的行政处罚决定违法。", "第六十五条第一款第一项", "district-leader", new { item = 1, paragraph = 1 } },
        { "confirm-void", DecisionType.ConfirmVoid, "确认被申请人作出的行政处罚决定无效。", "第六十七条", "district-leader", null },
        { "order-performance", DecisionType.OrderPerformance, "责令被申请人依法履行对申请人举报事项的调查处理职责。", "第六十六条", "district-leader", new { performDays = 30 } },
        { "reject-request", DecisionType.RejectRequest, "驳回申请人的行政复议请求。", "第六十九条", "bureau-head", null },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_decision_kind_is_signed_by_its_signer_and_issued_with_its_holding(
        string kind, DecisionType type, string holding, string article, string signer, object? fields)
    {
        var id = await ConcludedAsync();
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "Draft", ScenarioForms.Draft(kind, holding, $"《中华人民共和国行政复议法》{article}", fields: fields));
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);

        var signTask = signer == "district-leader" ? "SignByDistrictLeader" : "SignByBureauHead";
        var signing = Assert.Single((await _host.OpenTasksAsync(handler, id)).EnumerateArray());
        Assert.Equal(signTask, signing.GetProperty("elementId").GetString());
        Assert.Equal(signer, signing.GetProperty("candidateRoles")[0].GetString());
        await _host.CompleteAsync(await _host.ClientAsync(signer), id, signTask, ScenarioForms.Approve);

        var decided = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(type, decided.Decision!.Type);
        Assert.Equal(holding, decided.Decision.Holding);
        var text = await IssuedDecisionTextAsync(handler, id, decided);
        Assert.Contains($"根据《中华人民共和国行政复议法》{article}的规定，本机关决定如下：", text, StringComparison.Ordinal);
        Assert.Contains(ScenarioSteps.Squeeze(decided.Decision.Holding), text, StringComparison.Ordinal);
        if (kind == "order-performance") Assert.Contains("被申请人应当自收到本决定书之日起30日内履行上述法定职责。", text, StringComparison.Ordinal);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task The_holding_printed_is_the_holding_recorded_and_data_stating_another_is_refused_at_the_draft_and_at_issue()
    {
        var id = await ConcludedAsync();
        var handler = await _host.ClientAsync("handler");
        const string holding = "撤销被申请人作出的行政处罚决定。";
        const string article = "《中华人民共和国行政复议法》第六十四条第一款第一项";
        var other = new JsonObject { ["orders"] = new JsonArray("维持被申请人作出的行政处罚决定。") };
        var draft = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "Draft");

        var refused = await handler.PostAsJsonAsync($"/api/v1/tasks/{draft.GetProperty("id").GetGuid()}/complete",
            new { variables = ScenarioForms.Draft("revoke", holding, article, other, new { item = 1 }) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("decision.orders", await refused.Content.ReadAsStringAsync());
        Assert.Equal(["Draft"], await _host.OpenElementsAsync(handler, id));

        await _host.SignAsync(id, ScenarioForms.Draft("revoke", holding, article, fields: new { item = 1 }), "SignByDistrictLeader", "district-leader");
        var decided = await _host.CaseAsync(id);
        Assert.Equal(holding, decided.Decision!.Holding);
        Assert.Contains(holding, await IssuedDecisionTextAsync(handler, id, decided), StringComparison.Ordinal);

        // Issued again through the API with another holding in the data: refused, nothing issued.
        var leader = await _host.ClientAsync("district-leader");
        var before = _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(decided.Number).Count;
        var again = await leader.PostAsJsonAsync($"/api/v1/cases/{id}/documents/decision/issue", new { data = new { decision = other } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("以记录的决定为准", await again.Content.ReadAsStringAsync());
        Assert.Equal(before, _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(decided.Number).Count);
    }

    [Fact]
    public async Task A_confirm_illegal_draft_without_its_paragraph_is_refused_naming_the_field_and_the_task_stays_open()
    {
        var id = await ConcludedAsync();
        var handler = await _host.ClientAsync("handler");
        var draft = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "Draft");
        var form = ScenarioForms.Draft("confirm-illegal", "确认被申请人作出的行政处罚决定违法。", "《中华人民共和国行政复议法》第六十五条第一款第一项", fields: new { item = 1 });

        var response = await handler.PostAsJsonAsync($"/api/v1/tasks/{draft.GetProperty("id").GetGuid()}/complete", new { variables = form });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("拟稿表单缺少“paragraph”", await response.Content.ReadAsStringAsync());
        Assert.Equal(["Draft"], await _host.OpenElementsAsync(handler, id));
        Assert.Null((await _host.CaseAsync(id)).Decision);
    }

    [Fact]
    public async Task A_confirm_illegal_draft_that_reached_issuing_without_its_paragraph_becomes_an_incident_naming_it()
    {
        var id = await ConcludedAsync();
        var handler = await _host.ClientAsync("handler");
        var draft = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "Draft");
        var form = ScenarioForms.Draft("confirm-illegal", "确认被申请人作出的行政处罚决定违法。", "《中华人民共和国行政复议法》第六十五条第一款第一项", fields: new { item = 1 });
        // Completed through the engine, past the task endpoint's check (as another form or a script could).
        await _host.Engine.CompleteAsync(draft.GetProperty("id").GetGuid(), new Actor("handler", ["handler"]), form);
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);
        await _host.CompleteAsync(await _host.ClientAsync("district-leader"), id, "SignByDistrictLeader", ScenarioForms.Approve);
        for (var i = 0; i < 4; i++) await _host.AdvanceAsync(TimeSpan.FromMinutes(10));

        var incident = Assert.Single(await _host.Engine.IncidentsAsync());
        Assert.Equal("IssueDecision", incident.ElementId);
        Assert.Contains("拟稿表单缺少“paragraph”", incident.Message);
        Assert.Null((await _host.CaseAsync(id)).Decision);
    }

    [Fact]
    public async Task A_dismissal_of_the_application_is_signed_by_the_bureau_head_and_issued_as_its_own_document()
    {
        var id = await _host.HeardAsync();
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "dismissal" });
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "dismissal-decision.json")))!["dismissal"]!.DeepClone();
        const string holding = "驳回申请人的行政复议申请。";
        await _host.SignAsync(id, new
        {
            decisionKind = "dismissal", opinionLetterNeeded = false, holding, item = 2,
            articles = new[] { "《中华人民共和国行政复议法》第三十三条" },
            documentData = new JsonObject { ["dismissal-decision"] = new JsonObject { ["dismissal"] = sample } },
        }, "SignByBureauHead", "bureau-head");

        var decided = await _host.CaseAsync(id);
        Assert.Equal(DecisionType.DismissApplication, decided.Decision!.Type);
        Assert.Equal(holding, decided.Decision.Holding);
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(decided.Number);
        var issued = Assert.Single(register, d => d.DocumentType == "dismissal-decision");
        Assert.DoesNotContain(register, d => d.DocumentType == "decision");
        var text = await ScenarioSteps.PdfTextAsync(handler, id, issued.VerificationCode);
        Assert.Contains("驳回行政复议申请决定书", text, StringComparison.Ordinal);
        Assert.Contains("利害关系", text, StringComparison.Ordinal);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    private async Task<Guid> ConcludedAsync()
    {
        var id = await _host.HeardAsync();
        await _host.CompleteAsync(await _host.ClientAsync("handler"), id, "OrdinaryConclude", new { outcome = "decision" });
        return id;
    }

    private async Task<string> IssuedDecisionTextAsync(HttpClient client, Guid id, Case decided)
    {
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(decided.Number);
        Assert.True(register.Any(d => d.DocumentType == "decision"), await _host.FailuresAsync(client, id));
        return await ScenarioSteps.PdfTextAsync(client, id, Assert.Single(register, d => d.DocumentType == "decision").VerificationCode);
    }
}
