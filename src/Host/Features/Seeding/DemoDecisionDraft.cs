using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>The decision-draft form of the demo cases: a maintained penalty, with the decision's own text.</summary>
internal static class DemoDecisionDraft
{
    public static object Form => new
    {
        decisionKind = "maintain", opinionLetterNeeded = false, holding = "维持被申请人作出的行政处罚决定。",
        articles = new[] { "《中华人民共和国行政复议法》第六十八条" },
        documentData = new JsonObject
        {
            ["decision"] = new JsonObject
            {
                ["decision"] = new JsonObject
                {
                    ["request"] = "撤销被申请人作出的行政处罚决定。",
                    ["applicant_says"] = "被申请人认定事实不清，证据不足，适用依据错误，请求撤销该处罚决定。",
                    ["respondent_says"] = "被申请人认定事实清楚，证据确实充分，适用依据正确，程序合法，处罚适当，请求维持。",
                    ["facts"] = "经审理查明，被申请人经立案调查，依法履行告知程序，听取了申请人的陈述和申辩后作出处罚决定，并依法送达。",
                    ["reasoning"] = "本机关认为，被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。",
                },
            },
        },
    };
}
