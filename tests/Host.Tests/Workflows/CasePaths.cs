namespace Reconsideration.Host.Tests.Workflows;

/// <summary>The common stretches of a case, as the forms of docs/workflows.md fill them in.</summary>
internal static class CasePaths
{
    public const string Applicant = "申请人张某";
    public const string Respondent = "区市场监督管理局";

    public static Task IntakeAsync(this CaseDriver c, params string[] thirdParties) =>
        c.DoAsync("Intake", new { channel = "window", applicant = Applicant, respondent = Respondent, thirdParties });

    public static Task ReviewAsync(this CaseDriver c, string reviewResult, string procedure = "ordinary") =>
        c.DoAsync("ReviewApplication", new { reviewResult, procedure });

    /// <summary>Copy to the respondent, service of the reply notice, the reply registered.</summary>
    public static async Task ReplyAsync(this CaseDriver c, string prefix = "Ordinary")
    {
        await c.DoAsync(prefix + "SendCopy");
        await c.DoAsync(prefix + "RecordReplyNoticeService", new { serviceMethod = "direct", servedOn = "2026-03-03" });
        await c.DoAsync(prefix + "RecordReply", new { replyReceived = true });
    }

    /// <summary>From receipt to the handler's conclusion "decision" in the ordinary procedure, without hearing or committee.</summary>
    public static async Task ToOrdinaryConclusionAsync(this CaseDriver c, params string[] thirdParties)
    {
        await c.IntakeAsync(thirdParties);
        await c.ReviewAsync("accept");
        await c.ReplyAsync();
        await c.DoAsync("HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
    }

    /// <summary>Draft with the given kind, the reviewer and the expected signer agree.</summary>
    public static async Task SignAsync(this CaseDriver c, string decisionKind, string signer = "SignByBureauHead")
    {
        await c.DoAsync("Draft", new { decisionKind });
        await c.DoAsync("ReviewDraft", new { approved = true });
        await c.DoAsync(signer, new { approved = true });
    }

    /// <summary>Serves every open service task directly.</summary>
    public static async Task ServeAllAsync(this CaseDriver c)
    {
        while ((await c.OpenTasksAsync()).Any(t => t.ElementId == "Serve"))
            await c.DoAsync("Serve", new { serviceMethod = "direct", servedOn = "2026-04-01" });
    }
}
