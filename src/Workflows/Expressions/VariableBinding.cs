using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// The process variables of one evaluation, converted to JavaScript only when the expression first reads
/// them: a gateway condition usually reads two of a case's dozens of variables, some of which are large
/// objects. Each variable is converted at most once, so <c>variables.x === x</c> holds for objects too.
/// </summary>
internal sealed class VariableBinding
{
    /// <summary>The global object through which every variable is reachable, also by names that are not identifiers.</summary>
    public const string VariablesObjectName = "variables";

    private readonly string[] _names;
    private readonly JsonElement[] _values;
    private readonly JsValue?[] _converted;

    private readonly ObjectInstance _emptyPrototype;

    private VariableBinding(IReadOnlyDictionary<string, JsonElement> variables, ObjectInstance emptyPrototype)
    {
        _emptyPrototype = emptyPrototype;
        var count = variables.Count;
        _names = new string[count];
        _values = new JsonElement[count];
        _converted = new JsValue?[count];
        var index = 0;
        foreach (var (name, value) in variables)
        {
            _names[index] = name;
            _values[index] = value;
            index++;
        }
    }

    /// <summary>
    /// Declares the variables as lazy globals of <paramref name="engine"/>, except names the engine keeps
    /// (undefined, NaN, Infinity — non-configurable — and <c>variables</c> itself); those stay reachable as
    /// <c>variables['name']</c>. The engine's global snapshot removes them again after the evaluation.
    /// </summary>
    public static void Install(
        Engine engine,
        IReadOnlyDictionary<string, JsonElement> variables,
        IReadOnlySet<string> reservedNames,
        ObjectInstance emptyPrototype)
    {
        var binding = new VariableBinding(variables, emptyPrototype);
        for (var index = 0; index < binding._names.Length; index++)
        {
            if (!reservedNames.Contains(binding._names[index]))
            {
                engine.Advanced.AddLazyGlobal(
                    binding._names[index],
                    (binding, index),
                    static (engine, state) => state.binding.Get(engine, state.index),
                    PropertyFlag.ConfigurableEnumerableWritable);
            }
        }

        engine.Advanced.AddLazyGlobal(
            VariablesObjectName,
            binding,
            static (engine, state) => state.CreateVariablesObject(engine),
            PropertyFlag.ConfigurableEnumerableWritable);
    }

    private JsValue Get(Engine engine, int index) =>
        _converted[index] ??= JsonToJsConverter.Convert(engine, _values[index]);

    private JsObject CreateVariablesObject(Engine engine)
    {
        // Not Object.prototype: variables['constructor'] or variables['toString'] must not find its members.
        var result = new JsObject(engine) { Prototype = _emptyPrototype };
        for (var index = 0; index < _names.Length; index++)
        {
            result.FastSetProperty(_names[index], new PropertyDescriptor(Get(engine, index), PropertyFlag.ConfigurableEnumerableWritable));
        }

        return result;
    }
}
