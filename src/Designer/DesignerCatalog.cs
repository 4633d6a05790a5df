namespace Reconsideration.Designer;

/// <summary>
/// What the properties panel offers to pick from: the system's roles, its registered forms and handlers, and the
/// document types a documents.issue service task can make (its parameter <c>type</c>), and the named legal periods a
/// user task's due period can be.
/// </summary>
public sealed record DesignerCatalog(
    IReadOnlyList<CatalogItem> Roles, IReadOnlyList<CatalogItem> Forms, IReadOnlyList<CatalogItem> Handlers, IReadOnlyList<CatalogItem> DocumentTypes,
    IReadOnlyList<LegalPeriodItem> LegalPeriods);
