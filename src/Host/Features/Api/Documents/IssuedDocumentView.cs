namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>An issued (coded, signed, registered) document of a case and where to download it.</summary>
public sealed record IssuedDocumentView(
    string VerificationCode,
    string DocumentType,
    string Title,
    string? DocumentNumber,
    string Sha256,
    long SizeBytes,
    string? Signer,
    DateTimeOffset IssuedAt,
    string Download);
