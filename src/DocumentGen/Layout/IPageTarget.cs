namespace Reconsideration.DocumentGen.Layout;

/// <summary>Receives the pages the <see cref="Paginator"/> produces.</summary>
internal interface IPageTarget
{
    ICanvas AddPage(int pageNumber);
}
