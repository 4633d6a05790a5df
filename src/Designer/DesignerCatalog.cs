namespace Reconsideration.Designer;

/// <summary>What the properties panel offers to pick from: the system's roles, its registered forms and handlers.</summary>
public sealed record DesignerCatalog(IReadOnlyList<CatalogItem> Roles, IReadOnlyList<CatalogItem> Forms, IReadOnlyList<CatalogItem> Handlers);
