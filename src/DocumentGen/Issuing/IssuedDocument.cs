namespace Reconsideration.DocumentGen.Issuing;

/// <summary>
/// The record kept of one issued PDF: its verification code, what it is, and the SHA-256 of its exact bytes,
/// so that a copy presented later can be checked against what the organ issued.
/// </summary>
public sealed record IssuedDocument(
    string VerificationCode,
    string DocumentType,
    string Title,
    string? DocumentNumber,
    string? CaseNumber,
    string Sha256,
    long SizeBytes,
    string? Signer,
    DateTimeOffset IssuedAt);
