using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Reconsideration.Host.Tests.Features.Api;

public sealed class DocumentsApiTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task The_bureau_head_issues_an_acceptance_notice_built_from_the_case_and_its_download_is_a_signed_pdf()
    {
        var head = await _host.ClientAsync("bureau-head");
        var handler = await _host.ClientAsync("handler");
        var page = await (await head.GetAsync("/api/v1/cases?status=InReview&applicant=孙伟")).ReadAsync();
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/v1/cases/{id}/documents/acceptance-notice/issue", new { })).StatusCode);
        var preview = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/documents/acceptance-notice/preview", new { });
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);

        var issued = await head.PostAsJsonAsync($"/api/v1/cases/{id}/documents/acceptance-notice/issue", new { });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var document = await issued.ReadAsync();
        Assert.StartsWith("红府复受〔", document.GetProperty("documentNumber").GetString());
        Assert.Contains("红谷滩区人民政府", document.GetProperty("signer").GetString());

        var list = await (await handler.GetAsync($"/api/v1/cases/{id}/documents")).ReadAsync();
        Assert.Equal(1, list.GetArrayLength());
        var download = await handler.GetAsync(document.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains("/ByteRange", Encoding.ASCII.GetString(pdf));
        Assert.Equal(document.GetProperty("sizeBytes").GetInt64(), pdf.Length);

        // Issued again (say, corrected), it keeps the case's one number of that type.
        var again = await (await head.PostAsJsonAsync($"/api/v1/cases/{id}/documents/acceptance-notice/issue", new { })).ReadAsync();
        Assert.Equal(document.GetProperty("documentNumber").GetString(), again.GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task A_document_the_case_cannot_fill_is_refused_with_the_missing_field_and_uses_no_number()
    {
        var head = await _host.ClientAsync("bureau-head");
        var page = await (await head.GetAsync("/api/v1/cases?status=Decided")).ReadAsync();
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await head.PostAsJsonAsync($"/api/v1/cases/{id}/documents/decision/issue", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("缺少必填数据", (await response.ReadAsync()).GetProperty("detail").GetString());
        var detail = await (await head.GetAsync($"/api/v1/cases/{id}")).ReadAsync();
        Assert.Empty(detail.GetProperty("case").GetProperty("documents").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/v1/cases/{id}/documents/no-such-type/preview", new { })).StatusCode);
    }

    [Fact]
    public async Task A_decision_is_issued_with_the_callers_reasoning_and_only_the_district_leader_signs_a_revocation()
    {
        var head = await _host.ClientAsync("bureau-head");
        var leader = await _host.ClientAsync("district-leader");
        var decided = (await (await head.GetAsync("/api/v1/cases?status=Decided")).ReadAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var inReview = (await (await head.GetAsync("/api/v1/cases?status=InReview")).ReadAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        object Data(string kind, string? orders = null) => new
        {
            data = new
            {
                decision = new
                {
                    kind, item = 1, request = "撤销行政处罚决定。", applicant_says = "认定事实不清。", respondent_says = "事实清楚。",
                    facts = "经审理查明，被申请人作出处罚决定。", reasoning = "本机关认为，被申请人认定事实清楚。", orders,
                },
            },
        };

        // No decision recorded yet: the data's kind decides the signer.
        var revoke = await head.PostAsJsonAsync($"/api/v1/cases/{inReview}/documents/decision/issue", Data("revoke", "撤销被申请人作出的行政处罚决定。"));
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        Assert.Contains("分管区领导", (await revoke.ReadAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await leader.PostAsJsonAsync($"/api/v1/cases/{inReview}/documents/decision/issue", Data("revoke", "撤销被申请人作出的行政处罚决定。"))).StatusCode);

        // A recorded decision (maintain) is what its document states: its holding printed, another kind refused.
        var maintain = await head.PostAsJsonAsync($"/api/v1/cases/{decided}/documents/decision/issue", Data("maintain"));
        Assert.Equal(HttpStatusCode.Created, maintain.StatusCode);
        Assert.StartsWith("红府复决〔", (await maintain.ReadAsync()).GetProperty("documentNumber").GetString());
        var contradicting = await leader.PostAsJsonAsync($"/api/v1/cases/{decided}/documents/decision/issue", Data("revoke"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, contradicting.StatusCode);
        Assert.Contains("decision.kind", (await contradicting.ReadAsync()).GetProperty("detail").GetString());
    }
}
