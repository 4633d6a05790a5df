using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>
/// Builds a document's data (docs/documents.md, "Data format") from a case: the common part for every type, and the
/// type's own section for the types whose content the case holds. What the case cannot know (a decision's reasoning,
/// a hearing panel) the caller adds in <c>data</c>, which is merged over what is built here.
/// </summary>
internal sealed class CaseDocumentData(OrganSettings settings, DeadlineCalculator deadlines)
{
    /// <summary>Types built completely from the case; any other type needs the caller's data for its own section.</summary>
    public static readonly IReadOnlyList<string> FromCase =
    [
        "acceptance-notice", "refusal-decision", "correction-notice", "reply-notice", "suspension-notice", "resumption-notice", "extension-notice",
    ];

    public JsonObject Build(Case @case, string typeKey, DateOnly issueDate, JsonObject? extra)
    {
        var data = Common(@case, issueDate);
        if (Section(@case, typeKey) is { } section) data[SectionName(typeKey)] = section;
        if (typeKey == CaseDocumentTypes.Decision && @case.Decision is { } decision && DecisionKinds.KeyOf(decision.Type) is { } kind)
        {
            // The holding recorded on the case is the wording printed: data stating another is refused, not printed.
            if (Contradiction(extra?["decision"], kind, decision.Holding) is { } contradiction) throw CaseException.NotAllowed(contradiction);
            extra ??= [];
            Merge(extra, new JsonObject { ["decision"] = new JsonObject { ["kind"] = kind, ["orders"] = Lines(decision.Holding) } });
        }

        if (extra is not null) Merge(data, extra);

        return data;
    }

    private JsonObject Common(Case @case, DateOnly issueDate)
    {
        var application = @case.Application;
        var act = application.ChallengedAct;
        var organ = settings.Organ;
        var description = act.Date is { } date
            ? $"于{Case.ChineseDate(date)}作出的{act.DocumentNumber}《{act.Title}》"
            : act.Title;
        return new JsonObject
        {
            ["organ"] = new JsonObject { ["name"] = organ.Name, ["agency"] = organ.Agency, ["address"] = organ.Address, ["postcode"] = organ.Postcode },
            ["contact"] = new JsonObject { ["name"] = organ.ContactName, ["phone"] = organ.ContactPhone },
            ["case"] = new JsonObject
            {
                ["year"] = @case.Year, ["serial"] = @case.Serial,
                ["procedure"] = @case.Procedure == Procedure.Simplified ? "simplified" : "ordinary",
            },
            ["issue_date"] = Iso(issueDate),
            ["applicants"] = new JsonArray([.. application.Applicants.Select(p => (JsonNode)PartyNode(p, application.Agents))]),
            ["respondent"] = new JsonObject
            {
                ["kind"] = "organisation", ["name"] = application.Respondent.Name, ["credit_code"] = application.Respondent.CreditCode,
                ["address"] = application.Respondent.Address,
                ["legal_representative"] = application.Respondent.LegalRepresentative is { } head ? new JsonObject { ["name"] = head, ["title"] = "负责人" } : null,
            },
            ["third_parties"] = new JsonArray([.. application.ThirdParties.Select(p => (JsonNode)PartyNode(p, application.Agents))]),
            ["challenged_act"] = new JsonObject { ["description"] = description, ["number"] = act.DocumentNumber, ["date"] = act.Date is { } d ? Iso(d) : null },
            ["application"] = new JsonObject
            {
                ["received_date"] = Iso(application.ReceivedOn),
                ["accepted_date"] = @case.Acceptance is { } a ? Iso(a.On) : null,
                ["channel"] = application.Channel.ToString().ToLowerInvariant(),
                ["request"] = application.Requests,
                ["facts"] = application.FactsAndReasons,
            },
            ["remedy"] = new JsonObject { ["court"] = organ.Court },
        };
    }

    private JsonObject? Section(Case @case, string typeKey) => typeKey switch
    {
        "refusal-decision" when @case.Refusal is { } r => new JsonObject
        {
            ["item"] = RefusalItem(r.Articles), ["reasons"] = r.Reasons, ["competent_organ"] = r.CompetentOrgan,
        },
        "correction-notice" when @case.Correction is { } c => new JsonObject
        {
            ["items"] = new JsonArray([.. c.Items.Select(i => (JsonNode)JsonValue.Create(i))]), ["period_days"] = 10,
        },
        "suspension-notice" when @case.Suspensions.Count > 0 => new JsonObject
        {
            ["item"] = @case.Suspensions[^1].GroundItem, ["reason"] = @case.Suspensions[^1].Reason, ["date"] = Iso(@case.Suspensions[^1].From),
        },
        "resumption-notice" when @case.Suspensions.LastOrDefault(s => s.ResumedOn is not null) is { } s => new JsonObject
        {
            ["suspension_date"] = Iso(s.From), ["reason"] = "中止审理的原因已经消除", ["date"] = Iso(s.ResumedOn!.Value),
        },
        "extension-notice" when @case.Extension is { } e && deadlines.DecisionLastDay(@case) is { } extended => new JsonObject
        {
            ["reason"] = e.Reason,
            ["original_deadline"] = deadlines.DecisionLastDay(@case with { Extension = null }) is { } original ? Iso(original) : null,
            ["new_deadline"] = Iso(extended),
        },
        _ => null,
    };

    private static string SectionName(string typeKey) => typeKey switch
    {
        "refusal-decision" => "refusal",
        "correction-notice" => "correction",
        "suspension-notice" => "suspension",
        "resumption-notice" => "resumption",
        _ => "extension",
    };

    private static JsonObject PartyNode(Party party, IReadOnlyList<Agent> agents)
    {
        var node = party.Kind == PartyKind.Organisation
            ? new JsonObject
            {
                ["kind"] = "organisation", ["name"] = party.Name, ["credit_code"] = party.CreditCode, ["address"] = party.Address, ["phone"] = party.Phone,
                ["legal_representative"] = party.LegalRepresentative is { } rep ? new JsonObject { ["name"] = rep } : null,
            }
            : new JsonObject
            {
                ["kind"] = "person", ["name"] = party.Name, ["sex"] = party.Sex is { } sex ? sex.ToString().ToLowerInvariant() : null,
                ["birth_date"] = party.BirthDate is { } b ? Iso(b) : null, ["id_number"] = party.IdNumber, ["address"] = party.Address, ["phone"] = party.Phone,
            };
        node["agents"] = new JsonArray([.. agents.Where(a => a.Principal == party.Name).Select(a => (JsonNode)new JsonObject
        {
            ["name"] = a.Name, ["employer"] = a.Organisation, ["title"] = a.Relationship, ["phone"] = a.Phone,
        })]);
        return node;
    }

    /// <summary>The item of Art. 30 ¶1 named in the refusal's articles ("第三十条第一款第（四）项" → 4), else null.</summary>
    internal static int? RefusalItem(IReadOnlyList<string> articles)
    {
        const string numerals = "一二三四五六七";
        foreach (var article in articles)
        {
            var at = article.IndexOf("第三十条第一款第", StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = article[(at + "第三十条第一款第".Length)..].TrimStart('（', '(');
            if (rest.Length > 0 && numerals.IndexOf(rest[0]) is var n and >= 0) return n + 1;
        }

        return null;
    }

    /// <summary>Merges <paramref name="extra"/> over <paramref name="target"/>, objects key by key.</summary>
    public static void Merge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra)
        {
            if (value is JsonObject child && target[key] is JsonObject existing) Merge(existing, child);
            else target[key] = value?.DeepClone();
        }
    }

    /// <summary>
    /// Why a decision's data (<c>decision.kind</c>, <c>decision.orders</c>) contradicts the decision <paramref name="kind"/>
    /// with <paramref name="holding"/>, or null when it states neither or the same.
    /// </summary>
    public static string? Contradiction(JsonNode? decisionData, string kind, string holding)
    {
        if (decisionData?["kind"] is JsonValue statedKind && statedKind.ToString() != kind)
            return $"决定书数据中的决定种类“{statedKind}”与决定种类“{kind}”不一致；决定书的种类和主文以记录的决定为准，请删去或改正 decision.kind。";
        var orders = decisionData?["orders"] switch
        {
            JsonArray array => string.Join("\n", array.Select(o => o?.ToString().Trim())),
            JsonValue value => value.ToString().Trim(),
            _ => null,
        };
        return orders is not null && orders != string.Join("\n", Lines(holding).Select(o => o!.ToString()))
            ? $"决定书数据中的决定主文“{orders}”与决定主文“{holding.Trim()}”不一致；决定书的主文以记录的决定为准，请删去或改正 decision.orders。"
            : null;
    }

    /// <summary>A holding of several orders is written one order a line; each line is a numbered order of the document.</summary>
    private static JsonArray Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonNode)JsonValue.Create(l))];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
