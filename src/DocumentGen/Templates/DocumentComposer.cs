using System.Text.Json;
using System.Text.Json.Nodes;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Numbering;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Composes an <see cref="OfficialDocument"/> from a document type's Liquid template and the case data (JSON):
/// template → document markup → model blocks, plus metadata. Either the whole document or a
/// <see cref="TemplateException"/>; never a partial document. Safe to share between threads.
/// </summary>
public sealed class DocumentComposer
{
    private const string NumberingFile = "numbering.json";
    private readonly TemplateLibrary _library;

    /// <summary>Loads the numbering configuration and prepares the templates of <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">numbering.json is missing or invalid.</exception>
    public DocumentComposer(DocumentComposerOptions? options = null)
    {
        options ??= new DocumentComposerOptions();
        var directories = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OverrideDirectory)) directories.Add(options.OverrideDirectory);
        directories.Add(options.TemplateDirectory);
        var files = new TemplateFiles(directories);
        _library = new TemplateLibrary(files);
        Numbers = new DocumentNumberFormat(NumberingOptions.Load(files.Find(NumberingFile)
            ?? Path.Combine(options.TemplateDirectory, NumberingFile)));
        Catalog = new DocumentTypeCatalog(Numbers, options.SampleDirectory);
    }

    /// <summary>The document types, with the type codes of this composer's numbering configuration.</summary>
    public DocumentTypeCatalog Catalog { get; }

    /// <summary>The document number format of this composer's numbering configuration.</summary>
    public DocumentNumberFormat Numbers { get; }

    /// <summary>
    /// Composes a document of type <paramref name="typeKey"/> from <paramref name="data"/> (the shape in
    /// docs/documents.md). A <paramref name="verification"/> adds the verification block; with
    /// <paramref name="maskIdNumbers"/> ID numbers print masked (copies made public under Art. 79).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown type key, or data that is not a JSON object.</exception>
    /// <exception cref="TemplateException">Template error, missing required data, or malformed markup.</exception>
    public OfficialDocument Compose(string typeKey, JsonNode data, DocumentVerification? verification = null, bool maskIdNumbers = false)
    {
        var type = Catalog.Get(typeKey);
        var (markup, facts) = Render(type, data, maskIdNumbers);
        var (text, marks) = LineMarkers.Strip(markup);
        IReadOnlyList<Block> blocks;
        try
        {
            blocks = MarkupParser.Parse(text, verification is null ? null : new VerificationBlock(verification.Code, verification.Url));
        }
        catch (MarkupError error)
        {
            var where = LineMarkers.Locate(marks, OffsetOf(text, error.OutputLine, error.OutputColumn));
            throw new TemplateException(_library.NameAt(where, type.TemplateName), where?.Line,
                error.Message + "（行号按生成结果中最近的模板行推算，错误可能在该行或其后的标签中。）", null, error);
        }

        var title = facts.Number.Length > 0 ? $"{facts.Name} {facts.Number}"
            : facts.Party.Length > 0 ? $"{facts.Name} {facts.Party}" : facts.Name;
        var created = new DateTimeOffset(facts.IssueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        return new OfficialDocument(new DocumentMetadata(title, facts.Organ, facts.CaseNumber, created, facts.Number.Length > 0 ? facts.Number : null), blocks);
    }

    /// <summary>Composes from a <see cref="JsonElement"/>; see the <see cref="JsonNode"/> overload.</summary>
    public OfficialDocument Compose(string typeKey, JsonElement data, DocumentVerification? verification = null, bool maskIdNumbers = false) =>
        Compose(typeKey, JsonNode.Parse(data.GetRawText())!, verification, maskIdNumbers);

    /// <summary>The document markup a template renders for the data, for template authors checking their work.</summary>
    /// <exception cref="TemplateException">As <see cref="Compose(string, JsonNode, DocumentVerification?, bool)"/>.</exception>
    public string RenderMarkup(string typeKey, JsonNode data, bool maskIdNumbers = false) =>
        LineMarkers.Strip(Render(Catalog.Get(typeKey), data, maskIdNumbers).Markup).Text;

    /// <summary>The sample data of a type (the file at <see cref="DocumentType.SamplePath"/>).</summary>
    /// <exception cref="FileNotFoundException">No sample file.</exception>
    public JsonNode LoadSample(string typeKey)
    {
        var path = Catalog.Get(typeKey).SamplePath;
        if (!File.Exists(path)) throw new FileNotFoundException($"找不到示例数据文件 {path}。", path);
        return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
    }

    private (string Markup, DocumentModelBuilder.Facts Facts) Render(DocumentType type, JsonNode data, bool maskIdNumbers)
    {
        if (data is not JsonObject root)
            throw new ArgumentException("文书数据应为 JSON 对象（{ … }）。", nameof(data));
        var model = JsonModel.ToObject(root);
        var facts = DocumentModelBuilder.Complete(model, type, Catalog, Numbers);
        return (_library.Render(type.TemplateName, model, maskIdNumbers), facts);
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; current++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) break;
            offset = next + 1;
        }
        return Math.Min(text.Length, offset + Math.Max(0, column - 1));
    }
}
