namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>A rendered preview waiting to be fetched by the person who asked for it.</summary>
public sealed record StaffPreview(string UserName, string FileName, byte[] Pdf);
