namespace Reconsideration.Designer;

/// <summary>One choice offered in the properties panel: the stored key and the Chinese name people read.</summary>
public sealed record CatalogItem(string Key, string Name);
