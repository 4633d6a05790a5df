namespace Reconsideration.DocumentGen.Issuing;

/// <summary>An issued, signed PDF and the register's record of it.</summary>
public sealed record IssuedPdf(byte[] Pdf, IssuedDocument Record);
