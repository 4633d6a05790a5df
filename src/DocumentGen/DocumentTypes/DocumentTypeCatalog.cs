using Reconsideration.DocumentGen.Numbering;

namespace Reconsideration.DocumentGen.DocumentTypes;

/// <summary>
/// Every document type the system composes, with its key, Chinese name, type code, template and sample data.
/// </summary>
public sealed class DocumentTypeCatalog
{
    private readonly Dictionary<string, DocumentType> _byKey;

    /// <summary>Builds the catalog with type codes from <paramref name="numbers"/> and samples under <paramref name="sampleDirectory"/>.</summary>
    public DocumentTypeCatalog(DocumentNumberFormat numbers, string sampleDirectory)
    {
        All = DocumentTypeDefinitions.All
            .Select(definition => new DocumentType(
                definition.Key,
                definition.ChineseName,
                numbers.CodeFor(definition.Key),
                definition.Key,
                Path.Combine(sampleDirectory, definition.Key + ".json"),
                definition.Articles,
                definition.Recipients))
            .ToList();
        _byKey = All.ToDictionary(type => type.Key, StringComparer.Ordinal);
    }

    /// <summary>The sample data shipped beside the assembly ("Samples").</summary>
    public static string DefaultSampleDirectory => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>All types in the order of the procedure.</summary>
    public IReadOnlyList<DocumentType> All { get; }

    /// <summary>The type with this key.</summary>
    /// <exception cref="ArgumentException">No such type; the message lists the keys.</exception>
    public DocumentType Get(string key) => _byKey.TryGetValue(key, out var type)
        ? type
        : throw new ArgumentException($"未知的文书类型“{key}”。可用的类型：{string.Join("、", _byKey.Keys)}。", nameof(key));

    /// <summary>Looks a type up by key.</summary>
    public bool TryGet(string key, out DocumentType type) => _byKey.TryGetValue(key, out type!);
}
