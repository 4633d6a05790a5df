namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>An administration step refused; the message is Chinese and says what to change. Nothing was changed.</summary>
public sealed class StaffAdminException(string message) : Exception(message);
