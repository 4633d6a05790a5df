namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>
/// What the instance viewer shows of a case: the file of the version its process runs on, the completed path
/// (elements and flows), the active elements and the journal, newest first.
/// </summary>
public sealed record CaseDiagram(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<CaseProcess> Processes,
    CaseProcess Current,
    string Xml,
    IReadOnlyList<string> Passed,
    IReadOnlyList<string> Active,
    IReadOnlyList<DiagramJournalEntry> Journal);
