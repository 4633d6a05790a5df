using System.Collections.Immutable;
using System.Text.Json;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Equality of runtime records whose collections compare by reference (variables, tokens, candidate lists).</summary>
internal static class RecordAssert
{
    public static void Equal(InstanceRecord expected, InstanceRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Variables = Variables.Empty, Tokens = [] }, actual with { Variables = Variables.Empty, Tokens = [] });
        Equal(expected.Variables, actual.Variables);
        Assert.Equal(expected.Tokens.Length, actual.Tokens.Length);
        foreach (var (e, a) in expected.Tokens.Zip(actual.Tokens))
        {
            Assert.Equal(e with { Locals = Variables.Empty }, a with { Locals = Variables.Empty });
            Equal(e.Locals, a.Locals);
        }
    }

    public static void Equal(HumanTask expected, HumanTask? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { CandidateRoles = [], CandidateUsers = [] }, actual with { CandidateRoles = [], CandidateUsers = [] });
        Assert.Equal(expected.CandidateRoles, actual.CandidateRoles);
        Assert.Equal(expected.CandidateUsers, actual.CandidateUsers);
    }

    /// <summary>Same names, and each value the same JSON down to the number's text.</summary>
    public static void Equal(ImmutableDictionary<string, JsonElement> expected, ImmutableDictionary<string, JsonElement> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in expected)
        {
            Assert.True(JsonElement.DeepEquals(value, actual[name]), $"{name}: {value.GetRawText()} ≠ {actual[name].GetRawText()}");
            Assert.Equal(Canonical(value), Canonical(actual[name]));
        }
    }

    private static string Canonical(JsonElement value) =>
        JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
