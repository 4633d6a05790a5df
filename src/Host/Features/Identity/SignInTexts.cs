namespace Reconsideration.Host.Features.Identity;

/// <summary>What a person reads when signing in fails, the same for the API's tokens and the browser's cookie.</summary>
public static class SignInTexts
{
    /// <summary>A wrong user name or password; which of the two is not said, so names cannot be probed.</summary>
    public const string Refused = "用户名或密码不正确。";

    /// <summary>The lockout message, with the end of the lockout in Beijing time when known.</summary>
    public static string LockedOut(int maxFailedAttempts, DateTimeOffset? until)
    {
        var local = until?.ToOffset(TimeSpan.FromHours(8));
        return $"密码连续错误{maxFailedAttempts}次，账户已锁定" +
            (local is { } l ? $"至{l:yyyy年M月d日 HH:mm}（北京时间）" : "") + "。请稍后再试，或请系统管理员解锁。";
    }
}
