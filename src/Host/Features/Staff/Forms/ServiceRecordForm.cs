namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// service-record (送达回证, DOMAIN.md §3): the method, the day, the server, and the receipt's fields the method needs —
/// a witness when left at the address, the recorded consent for electronic service, the return slip's date for post.
/// </summary>
public sealed class ServiceRecordForm : TaskForm
{
    public override string Key => "service-record";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("serviceMethod", "送达方式", FieldKind.Choice)
        {
            Options = [new("direct", "直接送达"), new("left", "留置送达"), new("electronic", "电子送达"), new("post", "邮寄送达"), new("public-notice", "公告送达")],
        },
        new("servedOn", "送达日期", FieldKind.Date) { NotAfterToday = true, Help = "交付、留置、到达系统、交邮或公告之日。" },
        new("server", "送达人", FieldKind.Text),
        new("proxy", "代收人", FieldKind.Text, Required: false) { Help = "非受送达人本人签收时填写。", ShownWhen = f => f.Text("serviceMethod") == "direct" },
        new("witness", "见证人", FieldKind.Text) { ShownWhen = f => f.Text("serviceMethod") == "left" },
        new("consent", "同意电子送达的记录", FieldKind.Text)
        {
            Help = "如：送达地址确认书中同意以电子方式送达。", ShownWhen = f => f.Text("serviceMethod") == "electronic",
        },
        new("returnSlipDate", "回执签收日期", FieldKind.Date) { NotAfterToday = true, ShownWhen = f => f.Text("serviceMethod") == "post" },
        new("trackingNumber", "邮件号码", FieldKind.Text, Required: false) { ShownWhen = f => f.Text("serviceMethod") == "post" },
    ];

    public override string? Note(TaskFormContext context) => context.Variable("recipient") is { } recipient ? $"受送达人：{recipient}" : null;

    public override void Prefill(TaskFormContext context)
    {
        this["servedOn"] = Iso(context.Today);
        this["server"] = context.PersonName;
    }

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        if (Date("returnSlipDate") is { } slip && Date("servedOn") is { } posted && slip < posted)
            yield return ("returnSlipDate", "回执签收日期不能早于交邮日期。");
    }
}
