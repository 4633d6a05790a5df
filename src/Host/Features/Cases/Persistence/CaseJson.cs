using System.Text.Json;
using System.Text.Json.Serialization;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>How the aggregate is written into its row: camelCase, enums by name, so the stored JSON reads like the API.</summary>
internal static class CaseJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Write(Case @case) => JsonSerializer.Serialize(@case, Options);

    public static Case Read(string json, long revision) =>
        (JsonSerializer.Deserialize<Case>(json, Options)
            ?? throw new InvalidOperationException("案件数据为空，数据库中的记录已损坏。")) with { Revision = revision };
}
