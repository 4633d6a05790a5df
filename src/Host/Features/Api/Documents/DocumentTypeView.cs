namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>A document type: key, Chinese name, number code, and whether the case alone supplies all its data.</summary>
public sealed record DocumentTypeView(string Key, string Name, string? TypeCode, bool FromCase);
