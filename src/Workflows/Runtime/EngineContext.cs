using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Expressions;
using Reconsideration.Workflows.Runtime.Definitions;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Runtime;

/// <summary>The services every command uses: parsed definitions, expressions, timers, handlers and options.</summary>
internal sealed class EngineContext(
    DefinitionCache definitions,
    ExpressionEvaluator expressions,
    BusinessCalendar calendar,
    IReadOnlyDictionary<string, IServiceTaskHandler> handlers,
    WorkflowEngineOptions options)
{
    public DefinitionCache Definitions { get; } = definitions;
    public ExpressionEvaluator Expressions { get; } = expressions;
    public BusinessCalendar Calendar { get; } = calendar;
    public TimerService Timers { get; } = new(expressions, calendar);
    public IReadOnlyDictionary<string, IServiceTaskHandler> Handlers { get; } = handlers;
    public WorkflowEngineOptions Options { get; } = options;
}
