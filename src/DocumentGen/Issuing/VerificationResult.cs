namespace Reconsideration.DocumentGen.Issuing;

/// <summary>The outcome of a verification, the registered document when the code is known, and a Chinese sentence for the person asking.</summary>
public sealed record VerificationResult(VerificationOutcome Outcome, IssuedDocument? Document)
{
    /// <summary>The outcome in a sentence for a person.</summary>
    public string Message => Outcome switch
    {
        VerificationOutcome.Authentic => $"文书真实有效：{Document!.Title}，{Document.IssuedAt.ToOffset(TimeSpan.FromHours(8)):yyyy年M月d日}签发。",
        VerificationOutcome.Altered => "文件与签发时的版本不一致，可能已被修改，请以机关送达的原件为准。",
        _ => "未查到该验证码对应的文书，请核对验证码。",
    };
}
