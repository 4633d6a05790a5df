using System.Globalization;
using System.Text.Json;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// One Jint engine configured as the expression sandbox, reused for many evaluations by one thread at a
/// time. Reuse is safe because (1) the intrinsics are frozen once, so no expression can change
/// <c>Array.prototype</c>, <c>Math</c> … for the next one, and (2) the global object is restored to a
/// snapshot after every evaluation, removing variables, <c>var</c>s and top-level <c>let</c>s.
/// </summary>
internal sealed class SandboxEngine : IDisposable
{
    /// <summary>
    /// Globals set to undefined in the sandbox (not deleted: deleting global properties makes every later
    /// evaluation about 1 µs slower in Jint 4.18): Proxy (its traps would run script when the host reads a result),
    /// shared memory and Atomics (waiting), weak references and finalizers (results would depend on the
    /// garbage collector), ShadowRealm (fresh, unfrozen intrinsics). No expression needs them.
    /// </summary>
    private static readonly string[] DisabledGlobals =
        ["Proxy", "SharedArrayBuffer", "Atomics", "WeakRef", "FinalizationRegistry", "ShadowRealm"];

    /// <summary>Intrinsics that no global property leads to: generator, async and iterator prototypes.</summary>
    private static readonly Prepared<Script> HiddenIntrinsics = Engine.PrepareScript(
        """
        [Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {}),
         Object.getPrototypeOf(async function* () {}), Object.getPrototypeOf([][Symbol.iterator]()),
         Object.getPrototypeOf(''[Symbol.iterator]()), Object.getPrototypeOf(new Map()[Symbol.iterator]()),
         Object.getPrototypeOf(new Set()[Symbol.iterator]()), Object.getPrototypeOf(/a/[Symbol.matchAll]('')),
         Object.getPrototypeOf(Int8Array)]
        """,
        source: null,
        strict: true);

    private static readonly TimeZoneInfo ChinaTime = FindChinaTime();

    private readonly Engine _engine;
    private readonly GlobalSnapshot _snapshot;
    private readonly HashSet<string> _reservedNames;
    private readonly ObjectInstance _emptyPrototype;

    private SandboxEngine(ExpressionLimits limits)
    {
        _engine = new Engine(options =>
        {
            options.Strict = true;
            options.Interop.Enabled = false;
            options.Host.StringCompilationAllowed = false; // no eval, no new Function('…')
            options.AgentCanSuspend = false; // Atomics.wait would block the thread
            options.TimeZone = ChinaTime;
            options.Culture = CultureInfo.GetCultureInfo("zh-CN");
            options.TimeoutInterval(limits.Timeout);
            options.Constraints.RegexTimeout = limits.Timeout;
            if (limits.MemoryBytes > 0)
            {
                options.LimitMemory(limits.MemoryBytes);
            }

            if (limits.MaxStatements > 0)
            {
                options.MaxStatements(limits.MaxStatements);
            }

            if (limits.MaxRecursion > 0)
            {
                options.LimitRecursion(limits.MaxRecursion);
            }
        });

        var global = _engine.Global;
        foreach (var name in DisabledGlobals)
        {
            global.Set(name, JsValue.Undefined);
        }

        FreezeIntrinsics();
        _emptyPrototype = (ObjectInstance)_engine.Evaluate("Object.freeze(Object.create(null))");
        _reservedNames = [VariableBinding.VariablesObjectName];
        foreach (var (key, descriptor) in global.GetOwnProperties())
        {
            if (!descriptor.Configurable)
            {
                _reservedNames.Add(key.ToString());
            }
        }

        _snapshot = _engine.Advanced.CaptureGlobalSnapshot();
    }

    /// <summary>Creates and hardens an engine: a few milliseconds, paid once per pooled engine.</summary>
    public static SandboxEngine Create(ExpressionLimits limits) => new(limits);

    /// <summary>Runs <paramref name="script"/> with <paramref name="variables"/>; call <see cref="Reset"/> afterwards.</summary>
    public JsValue Evaluate(in Prepared<Script> script, IReadOnlyDictionary<string, JsonElement> variables)
    {
        VariableBinding.Install(_engine, variables, _reservedNames, _emptyPrototype);
        return _engine.Evaluate(in script);
    }

    /// <summary>Returns the global object to its state before the evaluation.</summary>
    public void Reset() => _engine.Advanced.RestoreGlobalSnapshot(_snapshot);

    public void Dispose() => _engine.Dispose();

    /// <summary>
    /// Object.freeze on everything reachable from the global object (its own bindings stay writable, so an
    /// expression may shadow <c>Math</c> for itself; the snapshot undoes that). Walked from C# because
    /// reading built-ins from here runs no script and is not charged to an expression's limits.
    /// </summary>
    private void FreezeIntrinsics()
    {
        var global = _engine.Global;
        var freeze = _engine.Intrinsics.Object.Get("freeze");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ObjectInstance>();

        void Visit(JsValue? value)
        {
            if (value is ObjectInstance obj && !ReferenceEquals(obj, global) && seen.Add(obj))
            {
                pending.Push(obj);
            }
        }

        void VisitProperties(ObjectInstance obj)
        {
            Visit(obj.Prototype);
            foreach (var (_, descriptor) in obj.GetOwnProperties())
            {
                if (descriptor.IsDataDescriptor())
                {
                    Visit(descriptor.Value);
                }
                else
                {
                    Visit(descriptor.Get);
                    Visit(descriptor.Set);
                }
            }
        }

        VisitProperties(global);
        foreach (var hidden in (JsArray)_engine.Evaluate(in HiddenIntrinsics))
        {
            Visit(hidden);
        }

        while (pending.TryPop(out var obj))
        {
            _engine.Call(freeze, obj);
            VisitProperties(obj);
        }
    }

    private static TimeZoneInfo FindChinaTime()
    {
        // Legal dates are Asia/Shanghai (UTC+8, no daylight saving); fall back to that offset without tzdata.
        return TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
    }
}
