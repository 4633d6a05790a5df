using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Journal;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Everything the case workspace (/cases/{id}) shows, read once when the page opens or after an action.</summary>
/// <param name="Case">The case.</param>
/// <param name="StatusName">Its status in Chinese.</param>
/// <param name="Handler">Its handler; null while unassigned.</param>
/// <param name="Deadlines">Every statutory period with its badge and how it was computed.</param>
/// <param name="Documents">Issued documents as the register holds them, oldest first.</param>
/// <param name="Journal">办理记录, newest first.</param>
/// <param name="Tasks">The case's open tasks.</param>
public sealed record CaseWorkspace(
    Case Case,
    string StatusName,
    CaseAssignment? Handler,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<IssuedDocument> Documents,
    IReadOnlyList<JournalLine> Journal,
    IReadOnlyList<TaskRow> Tasks);
