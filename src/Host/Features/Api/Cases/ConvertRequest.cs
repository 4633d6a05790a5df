namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>简易程序转为普通程序 (Art. 55).</summary>
public sealed record ConvertRequest(long? ExpectedRevision, DateOnly? On, string? Reason);
