using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>A task and the case it belongs to (null when its process belongs to no case).</summary>
internal sealed record TaskListLine(HumanTask Task, CaseSummary? Case);
