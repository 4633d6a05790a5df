using System.Text.Json;

namespace Reconsideration.Workflows.Tests.Conformance.Handlers;

/// <summary>"echo": sets the variable named by the parameter <c>variable</c> to the parameter <c>value</c> (JSON if it parses, else text).</summary>
internal sealed class EchoHandler : IServiceTaskHandler
{
    public string Name => "echo";

    public void Execute(ServiceTaskContext context)
    {
        var text = context.Parameters["value"];
        object? value;
        try
        {
            value = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            value = text;
        }
        context.Set(context.Parameters["variable"], value);
    }
}
