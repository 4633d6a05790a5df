using System.Security.Claims;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// 收案登记 from the intake page: the form's checks, registration through the API's <see cref="CaseRegistration"/> (so the
/// intake workflow starts as it does for POST /api/v1/cases), the attachments stored as materials, and the printable
/// oral-application transcript built from the form before anything is registered.
/// </summary>
internal sealed class StaffIntake(CaseRegistration registration, StaffUploads uploads, CaseQueryService queries, CaseDocumentData documentData,
    DocumentIssuer issuer, TimeProvider clock)
{
    /// <summary>The document type of the printable transcript.</summary>
    public const string TranscriptType = "oral-application-record";

    /// <summary>Who may register: the clerk, handlers and the administrator.</summary>
    public static readonly string[] Roles = [StaffRoles.Clerk, StaffRoles.Handler, StaffRoles.Admin];

    public async Task<IntakeOutcome> RegisterAsync(ClaimsPrincipal user, IntakeForm form, IReadOnlyList<StagedFile> attachments,
        CancellationToken cancellationToken = default)
    {
        if (!Roles.Any(user.IsInRole))
            return new IntakeOutcome(null, [new ValidationProblem("", "您的角色不能办理收案登记。")], []);
        var problems = form.Problems(LegalTime.Today(clock));
        if (problems.Count > 0) return new IntakeOutcome(null, problems, []);

        var errors = new List<string>();
        async Task StoreAttachmentsAsync(Case registered)
        {
            foreach (var file in attachments)
            {
                if (await uploads.StoreAsync(user, registered.Id, file, cancellationToken) is { } error) errors.Add(error);
            }
        }

        using var actor = CaseActorScope.As(user);
        try
        {
            // The workflow's handlers run without the circuit's synchronization context (the engine sees to it).
            var @case = await registration.RegisterAsync(form.ToCommand(), user, StoreAttachmentsAsync, cancellationToken);
            return new IntakeOutcome(await queries.GetAsync(@case.Id, cancellationToken), [], errors);
        }
        catch (CaseException e)
        {
            return new IntakeOutcome(null, e.Problems.Count > 0 ? e.Problems : [new ValidationProblem("", e.Message)], []);
        }
    }

    /// <summary>
    /// The oral-application transcript as a preview PDF (no number, code or signature) for the applicant to sign, or the
    /// problems that keep it from being written. The applicant's signature is what is being prepared, so its absence is no problem here.
    /// </summary>
    public (byte[]? Pdf, IReadOnlyList<ValidationProblem> Problems) Transcript(IntakeForm form)
    {
        var today = LegalTime.Today(clock);
        var problems = form.Problems(today).Where(p => p.Field != "oralRecord.signedByApplicant").ToList();
        if (!form.IsOral) problems.Insert(0, new ValidationProblem("channel", "只有口头申请才制作口头申请笔录。"));
        if (string.IsNullOrWhiteSpace(form.FactsAndReasons))
            problems.Add(new ValidationProblem("factsAndReasons", "口头申请笔录须记载申请的主要事实和理由，请填写事实和理由。"));
        if (problems.Count > 0) return (null, problems);
        var application = ApplicationValidator.Normalize(form.ToCommand().Application);
        var draft = new Case
        {
            Id = Guid.Empty, Number = "", Year = application.ReceivedOn.Year, Serial = 0, Status = CaseStatus.UnderAcceptanceReview,
            Application = application, RegisteredAt = clock.GetUtcNow(),
        };
        var extra = form.RecordData();
        // Not registered yet: the case has no serial, and the transcript carries no number.
        extra["case"] = new System.Text.Json.Nodes.JsonObject { ["serial"] = null };
        try
        {
            return (issuer.Preview(TranscriptType, documentData.Build(draft, TranscriptType, today, extra)), []);
        }
        catch (TemplateException e)
        {
            return (null, [new ValidationProblem("", $"口头申请笔录无法生成：{e.Message}")]);
        }
    }

    /// <summary>Respondents already in the register, for the respondent field's suggestions (the system keeps no list of departments).</summary>
    public async Task<IReadOnlyList<string>> KnownRespondentsAsync(CancellationToken cancellationToken = default)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var found = await queries.SearchAsync(new CaseSearch { Page = page, PageSize = 100 }, cancellationToken);
            foreach (var item in found.Items) names.Add(item.Respondent);
            if (page >= found.Pages) return [.. names];
        }
    }
}
