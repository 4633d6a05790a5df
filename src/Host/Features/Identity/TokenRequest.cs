namespace Reconsideration.Host.Features.Identity;

/// <summary>A request for a bearer token: user name and password.</summary>
/// <param name="UserName">用户名.</param>
/// <param name="Password">密码.</param>
public sealed record TokenRequest(string? UserName, string? Password);
