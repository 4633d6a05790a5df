using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>收案登记: validates an application and registers it as a case with its number, or stores nothing.</summary>
public sealed class CaseIntakeService
{
    private readonly CaseStore _store;
    private readonly TimeProvider _clock;
    private readonly ICaseActor _actor;

    internal CaseIntakeService(CaseStore store, TimeProvider clock, ICaseActor actor)
    {
        _store = store;
        _clock = clock;
        _actor = actor;
    }

    /// <summary>
    /// Registers the application. Every validation problem is reported at once and nothing is stored; otherwise the
    /// case is inserted with its number in one transaction and its acceptance review begins (status 受理审查中).
    /// </summary>
    /// <exception cref="CaseException">Invalid (with every problem), or Conflict when a typed case number is taken.</exception>
    public async Task<Case> RegisterAsync(RegisterCaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Application is null)
            throw CaseException.Invalid("application", "请填写行政复议申请的内容。");
        var now = _clock.GetUtcNow();
        CaseException.ThrowIfAny(ApplicationValidator.Validate(command.Application, LegalTime.Today(now)));
        var application = ApplicationValidator.Normalize(command.Application);
        var draft = new Case
        {
            Id = Guid.NewGuid(),
            Number = "",
            Year = 0,
            Serial = 0,
            Status = CaseStatus.UnderAcceptanceReview,
            Application = application,
            RegisteredAt = now,
            SuggestedProcedure = command.SuggestedProcedure is { } suggested
                ? suggested with { Reason = string.IsNullOrWhiteSpace(suggested.Reason) ? null : suggested.Reason.Trim() } : null,
        };
        var typed = string.IsNullOrWhiteSpace(command.CaseNumber) ? null : command.CaseNumber.Trim();
        var channel = application.Channel switch
        {
            ApplicationChannel.Window => "窗口递交",
            ApplicationChannel.Post => "邮寄",
            ApplicationChannel.Online => "网上申请",
            _ => "口头申请",
        };
        var suggestion = draft.SuggestedProcedure is { } s
            ? $"；建议适用{(s.Procedure == Procedure.Simplified ? "简易程序" : "普通程序")}{(s.Reason is null ? "" : "：" + s.Reason)}" : "";
        return await _store.InsertAsync(
            draft.Log(now, _actor.Name, $"收案登记（{channel}，{Case.ChineseDate(application.ReceivedOn)}收到申请{suggestion}）"), typed, cancellationToken);
    }
}
