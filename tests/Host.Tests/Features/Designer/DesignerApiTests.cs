using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Features.Designer;

/// <summary>The designer's routes on the whole host: a real SQLite file, the real engine, the demo designer account.</summary>
public sealed class DesignerApiTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    private const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="Expedited" name="快速审理" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/>
            <bpmn:userTask id="review" name="审查" rc:candidateRoles="handler" rc:dueDate="P5WD"/>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The task leads nowhere and the service task names no handler: two problems with their element ids.</summary>
    private static readonly string Invalid = Valid
        .Replace("""<bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"/>""", """<bpmn:serviceTask id="notify"/>""");

    private async Task<int> DeployedCountAsync() => (await _host.Services.GetRequiredService<WorkflowEngine>().DefinitionsAsync("Expedited")).Count;

    [Fact]
    public async Task Publishing_a_file_that_is_not_XML_is_refused_in_Chinese_and_deploys_nothing()
    {
        var client = await _host.ClientAsync("designer");

        var response = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = "<bpmn:definitions", comment = "试试" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        Assert.StartsWith("流程文件不是有效的 XML", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await DeployedCountAsync());
    }

    [Fact]
    public async Task Publishing_a_file_the_engine_cannot_run_answers_422_with_each_problem_and_its_element()
    {
        var client = await _host.ClientAsync("designer");

        var response = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = Invalid, comment = "有错误的版本" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("流程未通过校验", problem.GetProperty("title").GetString());
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == "review" && p.GetProperty("rule").GetString() == "no-outgoing");
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == "notify" && p.GetProperty("rule").GetString() == "missing-handler");
        Assert.All(problems, p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.GetProperty("message").GetString()!));
        Assert.Equal(0, await DeployedCountAsync());
    }

    [Fact]
    public async Task A_named_legal_period_must_be_one_of_the_table_and_match_its_due_period()
    {
        var client = await _host.ClientAsync("designer");
        string WithPeriod(string due, string name) => Valid.Replace("rc:dueDate=\"P5WD\"", $"rc:dueDate=\"{due}\" rc:dueLegalPeriod=\"{name}\"");
        async Task<List<System.Text.Json.JsonElement>> ValidateAsync(string xml)
        {
            var response = await client.PostAsJsonAsync("/api/v1/designer/validate", new { xml });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).EnumerateArray()];
        }

        Assert.Empty(await ValidateAsync(WithPeriod("P10WD", "答复期限")));
        var unknown = Assert.Single(await ValidateAsync(WithPeriod("P10WD", "回复期限")));
        Assert.Equal(("review", "unknown-legal-period"), (unknown.GetProperty("elementId").GetString(), unknown.GetProperty("rule").GetString()));
        Assert.Contains("“回复期限”不是本系统的法定期限名称", unknown.GetProperty("message").GetString());
        var mismatch = Assert.Single(await ValidateAsync(WithPeriod("P5WD", "答复期限")));
        Assert.Equal("legal-period-mismatch", mismatch.GetProperty("rule").GetString());
        Assert.Contains("即 P10WD", mismatch.GetProperty("message").GetString());

        var refused = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = WithPeriod("P5WD", "答复期限"), comment = "期限不符" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await DeployedCountAsync());
        var published = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = WithPeriod("P10WD", "答复期限"), comment = "按答复期限办理" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
    }

    [Fact]
    public async Task Publishing_needs_a_comment()
    {
        var client = await _host.ClientAsync("designer");

        var response = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = Valid, comment = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("请填写发布说明", (await response.ReadAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, await DeployedCountAsync());
    }

    [Fact]
    public async Task Publishing_a_valid_file_deploys_a_version_with_who_and_why_and_removes_the_draft()
    {
        var client = await _host.ClientAsync("designer");
        (await client.PutAsJsonAsync("/api/v1/designer/drafts/Expedited", new { xml = Valid, name = "快速审理" })).EnsureSuccessStatusCode();
        Assert.Equal(1, _host.Count("designer_drafts"));

        var response = await client.PostAsJsonAsync("/api/v1/designer/publish", new { xml = Valid, comment = "新增快速审理流程" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var version = Assert.Single((await response.ReadAsync()).EnumerateArray());
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal("designer", version.GetProperty("publishedBy").GetString());
        Assert.Equal("新增快速审理流程", version.GetProperty("comment").GetString());
        Assert.Equal(0, _host.Count("designer_drafts"));
        var listed = (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/designer/processes"))
            .EnumerateArray().Single(p => p.GetProperty("processKey").GetString() == "Expedited");
        Assert.Equal(1, listed.GetProperty("versions").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("draft").ValueKind);
    }

    [Fact]
    public async Task A_draft_is_saved_overwritten_and_opened_while_bad_input_changes_nothing()
    {
        var client = await _host.ClientAsync("designer");
        (await client.PutAsJsonAsync("/api/v1/designer/drafts/Expedited", new { xml = Invalid, name = "快速审理" })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/v1/designer/drafts/Expedited", new { xml = Valid })).EnsureSuccessStatusCode();

        var badKey = await client.PutAsJsonAsync("/api/v1/designer/drafts/9lives", new { xml = Valid });
        var notBpmn = await client.PutAsJsonAsync("/api/v1/designer/drafts/Other", new { xml = "<definitions/>" });
        var empty = await client.PutAsJsonAsync("/api/v1/designer/drafts/Expedited", new { xml = "" });

        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        Assert.StartsWith("流程标识须以英文字母或下划线开头", (await badKey.ReadAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notBpmn.StatusCode);
        Assert.StartsWith("该文件不是 BPMN 2.0 流程文件", (await notBpmn.ReadAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(1, _host.Count("designer_drafts"));
        var draft = await _host.Services.GetRequiredService<DraftStore>().GetAsync("Expedited");
        Assert.Equal(Valid, draft!.Xml);
        Assert.Equal("快速审理", draft.Name);
        Assert.Equal("designer", draft.SavedBy);
        var opened = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/designer/drafts/Expedited");
        Assert.Equal(Valid, opened.GetProperty("xml").GetString());
    }

    [Fact]
    public async Task Only_designers_and_the_administrator_reach_the_designer_and_a_designer_sees_no_case()
    {
        var handler = await _host.ClientAsync("handler");
        var admin = await _host.ClientAsync("admin");
        var designer = await _host.ClientAsync("designer");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/api/v1/designer/processes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/designer/processes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task The_catalog_offers_the_casework_roles_the_forms_and_the_registered_handlers_in_Chinese()
    {
        var client = await _host.ClientAsync("designer");

        var catalog = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/designer/catalog");

        var roles = catalog.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToList();
        Assert.Equal(["clerk", "handler", "reviewer", "bureau-head", "district-leader"], roles);
        Assert.Contains(catalog.GetProperty("forms").EnumerateArray(), f => f.GetProperty("key").GetString() == "acceptance-review" && f.GetProperty("name").GetString() == "受理审查");
        Assert.Contains(catalog.GetProperty("handlers").EnumerateArray(), h => h.GetProperty("key").GetString() == "documents.issue" && h.GetProperty("name").GetString() == "制作并签发文书");
    }
}
