using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Tests.Features.Api;
using UglyToad.PdfPig;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>Steps several scenarios share, taken through the API as the demo users.</summary>
public static class ScenarioSteps
{
    public static DeadlineCalculator Deadlines(this ScenarioHost host) => host.Services.GetRequiredService<DeadlineCalculator>();

    /// <summary>A case registered today and reviewed with the <paramref name="review"/> form.</summary>
    public static async Task<Guid> AcceptedAsync(this ScenarioHost host, object review)
    {
        var id = (await ApiJson.RegisterAsync(await host.ClientAsync("clerk"), host.Today)).Id();
        await host.CompleteAsync(await host.ClientAsync("handler"), id, "ReviewApplication", review);
        return id;
    }

    /// <summary>Accepted, replied and opinions heard today (no hearing, no committee unless asked); the conclusion is open.</summary>
    public static async Task<Guid> HeardAsync(this ScenarioHost host, bool hearingNeeded = false, bool committeeNeeded = false)
    {
        var id = await host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await host.RepliedAsync(id, "Ordinary");
        await host.CompleteAsync(await host.ClientAsync("handler"), id, "HearOpinions", new { opinionsHeard = true, hearingNeeded, committeeNeeded });
        return id;
    }

    /// <summary>The elements of the case's open tasks.</summary>
    public static async Task<IReadOnlyList<string?>> OpenElementsAsync(this ScenarioHost host, HttpClient client, Guid id) =>
        [.. (await host.OpenTasksAsync(client, id)).EnumerateArray().Select(t => t.GetProperty("elementId").GetString())];

    /// <summary>The body text of an issued PDF of the case, whitespace removed (page numbers below the text block left out).</summary>
    public static async Task<string> PdfTextAsync(HttpClient client, Guid id, string code)
    {
        var bytes = await (await client.GetAsync($"/api/v1/cases/{id}/documents/{code}")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        // The text block ends 262 mm from the top (GB/T 9704); the page numbers sit below it.
        return Squeeze(string.Concat(pdf.GetPages().Select(p =>
            string.Concat(p.Letters.Where(l => l.StartBaseLine.Y > p.Height - (262 * 72 / 25.4) - 1).Select(l => l.Value)))));
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Copy sent, reply notice served on the respondent, reply recorded — all today.</summary>
    public static async Task RepliedAsync(this ScenarioHost host, Guid id, string procedure)
    {
        var handler = await host.ClientAsync("handler");
        await host.CompleteAsync(handler, id, $"{procedure}SendCopy", new { copySentOn = ScenarioForms.Iso(host.Today) });
        await host.CompleteAsync(await host.ClientAsync("clerk"), id, $"{procedure}RecordReplyNoticeService", ScenarioForms.Direct(host.Today));
        await host.CompleteAsync(handler, id, $"{procedure}RecordReply", new { replyReceived = true, replyReceivedOn = ScenarioForms.Iso(host.Today) });
    }

    /// <summary>Drafted by the handler, approved by the reviewer, signed in <paramref name="signTask"/> by <paramref name="signer"/>.</summary>
    public static async Task SignAsync(this ScenarioHost host, Guid id, object draft, string signTask, string signer)
    {
        await host.CompleteAsync(await host.ClientAsync("handler"), id, "Draft", draft);
        await host.CompleteAsync(await host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);
        await host.CompleteAsync(await host.ClientAsync(signer), id, signTask, ScenarioForms.Approve);
    }

    /// <summary>Direct service today on the applicant and the respondent.</summary>
    public static async Task ServeBothAsync(this ScenarioHost host, Guid id, bool closes = true)
    {
        var clerk = await host.ClientAsync("clerk");
        await host.CompleteAsync(clerk, id, "Serve", ScenarioForms.Direct(host.Today));
        await host.CompleteAsync(clerk, id, "Serve", ScenarioForms.Direct(host.Today));
        if (closes) Assert.Empty((await host.OpenTasksAsync(clerk, id)).EnumerateArray());
    }

    public static async Task SendAsync(HttpClient client, Guid id, string name, object variables)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/workflow/messages", new { name, variables });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        _ = await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
